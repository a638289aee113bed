package org.gongkai.core.check.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The arithmetic and reading behind 审读, on figures and sentences typed by hand. */
class ReviewFiguresTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void aRateRightWithinTheRoundingOfItsFiguresPasses() {
        // 2024 万里街道 item 1: 60.13 → 25.77, 减少57.14% ((25.77−60.13)÷60.13 = −57.142…%)
        assertThat(ReviewRules.changeProblem(d("60.13"), d("25.77"), "减少", null, "57.14")).isNull();
        // item 16: 0.31 → 0.39, 增加25.81% (0.08÷0.31 = 25.806…%)
        assertThat(ReviewRules.changeProblem(d("0.31"), d("0.39"), "增加", null, "25.81")).isNull();
        // equal figures: 持平
        assertThat(ReviewRules.changeProblem(d("10.00"), d("10.00"), "持平", null, null)).isNull();
    }

    @Test
    void aWrongRateAWrongDifferenceAndAWrongWordAreSaid() {
        // 348.52 → 352.67 is +1.19%, not 0.53%
        assertThat(ReviewRules.changeProblem(d("348.52"), d("352.67"), "增加", null, "0.53")).contains("增减率应为1.19%");
        assertThat(ReviewRules.changeProblem(d("25.00"), d("30.00"), "增加", "6.00", null)).contains("增减额应为5.00万元");
        assertThat(ReviewRules.changeProblem(d("25.00"), d("30.00"), "减少", "5.00", null)).contains("应为“增加”");
        assertThat(ReviewRules.changeProblem(d("25.00"), d("25.00"), "增加", null, null)).contains("应为“持平”");
    }

    @Test
    void quotesPairWithinAParagraph() {
        assertThat(ReviewRules.unpairedQuote("1.“一般公共服务支出（类）财政事务（款）行政运行（项）”1,623.18万元。")).isNull();
        assertThat(ReviewRules.unpairedQuote("本部门无“三公经费预算。")).contains("未闭合");
        assertThat(ReviewRules.unpairedQuote("本部门无三公”经费预算。")).contains("前没有左引号");
    }

    @Test
    void aQuotedSubjectIsSplitIntoItsThreeNamesHoweverItIsPrinted() {
        assertThat(ReviewItems.split("一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）"))
                .isEqualTo(List.of("一般公共服务支出", "政府办公厅（室）及相关机构事务", "行政运行"));
        assertThat(ReviewItems.split("卫生健康支出（类）行政事业单位医疗（款)行政单位医疗（项）"))
                .isEqualTo(List.of("卫生健康支出", "行政事业单位医疗", "行政单位医疗"));
        assertThat(ReviewItems.split("一般公共服务支出-政府办公厅（室）及相关机构事务-事业运行"))
                .isEqualTo(List.of("一般公共服务支出", "政府办公厅（室）及相关机构事务", "事业运行"));
        assertThat(ReviewItems.split("社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出 （项）").get(2))
                .isEqualTo("机关事业单位基本养老保险缴费支出");
        assertThat(ReviewItems.split("三公经费")).isEmpty();
    }

    @Test
    void aParagraphEndsClosedOnlyWithClosingPunctuation() {
        assertThat(ReviewText.endsClosed("公务接待费1.35万元。")).isTrue();
        assertThat(ReviewText.endsClosed("人员经费0万元，主要包括：无；")).isTrue();
        assertThat(ReviewText.endsClosed("机关运行经费预算为464.64万元")).isFalse();
    }
}
