package org.gongkai.core.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.core.check.narrative.NarrativeText.Direction;
import org.gongkai.core.check.narrative.NarrativeText.Kind;
import org.gongkai.core.check.narrative.NarrativeText.Scope;
import org.gongkai.core.check.narrative.NarrativeText.Token;
import org.gongkai.core.model.MoneyUnit;
import org.junit.jupiter.api.Test;

/** The statement extractor and the percentage arithmetic. */
class NarrativeTextTest {

    @Test
    void figuresWithTheirSubjects() {
        List<Token> ts = NarrativeText.tokens(
                "2026年度示例局预算收入总计48,966.85万元，其中：本年收入48,798.56万元，比上年增加22769.98万元，增长86.92%，占0%", "示例局");
        assertThat(ts).extracting(Token::kind).containsExactly(Kind.AMOUNT, Kind.AMOUNT, Kind.AMOUNT, Kind.PERCENT, Kind.PERCENT);
        assertThat(ts.get(0).value()).isEqualByComparingTo("48966.85");
        assertThat(ts.get(0).unit()).isEqualTo(MoneyUnit.WAN);
        assertThat(ts.get(0).subject()).isEqualTo("预算收入总计");
        assertThat(ts.get(1).subject()).isEqualTo("本年收入");
        assertThat(ts.get(1).isLevel()).isTrue();
        assertThat(ts.get(2).isChange()).isTrue();
        assertThat(ts.get(2).direction()).isEqualTo(Direction.UP);
        assertThat(ts.get(3).isRate()).isTrue();
        assertThat(ts.get(4).isShare()).isTrue();
        assertThat(ts.get(4).decimals()).isZero();
    }

    @Test
    void countsYuanAndChangeWords() {
        List<Token> ts = NarrativeText.tokens("二级项目44个，共计金额1,234元；减少（增加）5万元；新增3万元；下降2.5%", null);
        assertThat(ts.get(0).kind()).isEqualTo(Kind.COUNT);
        assertThat(ts.get(0).subject()).isEqualTo("二级项目");
        assertThat(ts.get(1).unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(ts.get(1).value()).isEqualByComparingTo("1234");
        assertThat(ts.get(2).direction()).isEqualTo(Direction.UNCLEAR);
        assertThat(ts.get(3).direction()).isEqualTo(Direction.NEW);
        assertThat(ts.get(4).direction()).isEqualTo(Direction.DOWN);
    }

    @Test
    void scopesFromHeadings() {
        assertThat(NarrativeText.scopeOf("部门预算收支数据变动情况及原因")).isEqualTo(Scope.OVERVIEW);
        assertThat(NarrativeText.scopeOf("收入预算情况说明")).isEqualTo(Scope.REVENUE);
        assertThat(NarrativeText.scopeOf("支出预算情况说明")).isEqualTo(Scope.EXPENDITURE);
        assertThat(NarrativeText.scopeOf("财政拨款收支预算总体情况说明")).isEqualTo(Scope.FISCAL);
        assertThat(NarrativeText.scopeOf("一般公共预算支出情况说明")).isEqualTo(Scope.GENERAL);
        assertThat(NarrativeText.scopeOf("一般公共预算基本支出情况说明")).isEqualTo(Scope.BASIC);
        assertThat(NarrativeText.scopeOf("“三公”经费增减变动原因说明")).isEqualTo(Scope.THREE_PUBLIC);
        assertThat(NarrativeText.scopeOf("机关运行经费增减变动原因说明")).isEqualTo(Scope.AGENCY);
        assertThat(NarrativeText.scopeOf("政府采购情况")).isEqualTo(Scope.PROCUREMENT);
        assertThat(NarrativeText.scopeOf("绩效管理情况")).isEqualTo(Scope.PERFORMANCE);
        assertThat(NarrativeText.scopeOf("国有资产占有使用情况")).isEqualTo(Scope.ASSETS);
        assertThat(NarrativeText.scopeOf("其他说明")).isEqualTo(Scope.OTHER);
    }

    @Test
    void sharesRoundHalfUp() {
        // 1 ÷ 800 × 100 = 0.125 → 0.13 (half-even would give 0.12)
        var r = NarrativePercent.share(new BigDecimal("0.13"), new BigDecimal("1.00"), new BigDecimal("800.00"));
        assertThat(r.outcome()).isEqualTo(NarrativePercent.Outcome.EQUAL);
        assertThat(r.expected()).isEqualByComparingTo("0.13");
        assertThat(NarrativePercent.share(new BigDecimal("0.12"), new BigDecimal("1.00"), new BigDecimal("800.00")).outcome())
                .isEqualTo(NarrativePercent.Outcome.ROUNDING);
        assertThat(NarrativePercent.share(new BigDecimal("0.10"), new BigDecimal("1.00"), new BigDecimal("800.00")).outcome())
                .isEqualTo(NarrativePercent.Outcome.MISMATCH);
    }

    @Test
    void zeroPercentForMoneyIsWrongEvenWithoutDecimals() {
        // 168.29 ÷ 48,966.85 = 0.3437% → "0%" hides it; "99.7%" for 99.6563% is only short of decimals
        assertThat(NarrativePercent.share(new BigDecimal("0"), new BigDecimal("168.29"), new BigDecimal("48966.85")).outcome())
                .isEqualTo(NarrativePercent.Outcome.MISMATCH);
        assertThat(NarrativePercent.share(new BigDecimal("99.7"), new BigDecimal("48798.56"), new BigDecimal("48966.85")).outcome())
                .isEqualTo(NarrativePercent.Outcome.PRECISION);
    }

    @Test
    void rateFromChangeAndCurrent() {
        // 22663.59 ÷ (48798.56 − 22663.59 = 26134.97) = 86.7175% → 86.72; a decrease of 10 from 110 to 100 is 9.09%
        assertThat(NarrativePercent.rate(new BigDecimal("86.72"), new BigDecimal("22663.59"), new BigDecimal("48798.56"), true).outcome())
                .isEqualTo(NarrativePercent.Outcome.EQUAL);
        var down = NarrativePercent.rate(new BigDecimal("10.00"), new BigDecimal("10.00"), new BigDecimal("100.00"), false);
        assertThat(down.outcome()).isEqualTo(NarrativePercent.Outcome.MISMATCH);
        assertThat(down.expected()).isEqualByComparingTo("9.09");
        assertThat(NarrativePercent.rate(new BigDecimal("100"), new BigDecimal("5.00"), new BigDecimal("5.00"), true)).isNull();
    }
}
