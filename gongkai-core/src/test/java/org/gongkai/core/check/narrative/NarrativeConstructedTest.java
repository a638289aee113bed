package org.gongkai.core.check.narrative;

import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.model.Disclosure;
import org.junit.jupiter.api.Test;

/** Narratives built by hand (no tables): rounding half-up, stated last-year figures, form counts, 科目 levels. */
class NarrativeConstructedTest {

    @Test
    void sharesRoundedHalfUpRaiseNothing() {
        // 1 ÷ 3 = 33.333… → 33.33; 2 ÷ 3 = 66.666… → 66.67; 1 ÷ 800 = 0.125 → 0.13; 799 ÷ 800 = 99.875 → 99.88;
        // 1.00 ÷ (3.00 − 1.00) = 50%
        Disclosure d = NarrativeFixtures.constructed(List.of(
                NarrativeFixtures.section("一", "部门预算收支数据变动情况及原因", 10,
                        "2026年度示例局预算收入总计3.00万元，比上年增加1.00万元，增长50.00%，主要原因是新增培训任务。"),
                NarrativeFixtures.section("二", "收入预算情况说明", 20,
                        "2026年度示例局预算收入3.00万元，其中：一般公共预算拨款收入1.00万元，占33.33%；单位资金2.00万元，占66.67%。"),
                NarrativeFixtures.section("三", "支出预算情况说明", 30,
                        "2026年度示例局支出预算800.00万元，其中：基本支出1.00万元，占0.13%；项目支出799.00万元，占99.88%。")),
                List.of());
        assertThat(NarrativeFixtures.run(d)).isEmpty();
    }

    @Test
    void halfEvenInsteadOfHalfUpIsOnlyARoundingDifference() {
        Disclosure d = NarrativeFixtures.constructed(List.of(NarrativeFixtures.section("三", "支出预算情况说明", 30,
                "2026年度示例局支出预算800.00万元，其中：基本支出1.00万元，占0.12%；项目支出799.00万元，占99.88%。")), List.of());
        assertThat(NarrativeFixtures.run(d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("narr.share");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.message()).contains("0.13%", "文中为0.12%");
            assertThat(f.location().line()).isEqualTo(32);
        });
    }

    @Test
    void shareWithoutAStatedWholeIsAWarning() {
        // no total in the sentence: 收入总计 or 本年收入 unknown (no tables) → nothing to divide by
        Disclosure d = NarrativeFixtures.constructed(List.of(NarrativeFixtures.section("二", "收入预算情况说明", 20,
                "一般公共预算拨款收入1.00万元，占33.33%。")), List.of());
        assertThat(NarrativeFixtures.run(d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("narr.share");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("未说明分母");
        });
    }

    @Test
    void statedLastYearFigureDecidesDirectionAndRate() {
        // 本年 10.00, 上年 12.00: a decrease of 2.00, 2.00 ÷ 12.00 = 16.666… → 16.67%
        Disclosure d = NarrativeFixtures.constructed(List.of(NarrativeFixtures.section("七", "“三公”经费增减变动原因说明", 40,
                "2026年“三公”经费预算10.00万元，上年预算12.00万元，比上年增加2.00万元，增长20.00%，主要原因是压减公务接待。")), List.of());
        List<Finding> findings = NarrativeFixtures.serious(d);
        assertThat(findings).extracting(NarrativeFixtures::key).containsExactlyInAnyOrder(
                "narr.yoy-direction|error|七、“三公”经费增减变动原因说明|42", "narr.yoy-rate|error|七、“三公”经费增减变动原因说明|42");
        assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("应为“减少”", "本年10.00万元", "上年12.00万元"));
        assertThat(findings).anySatisfy(f -> assertThat(f.message()).contains("16.67%", "文中为20.00%"));
    }

    @Test
    void rateWithoutChangeOrLastYearIsAWarning() {
        Disclosure d = NarrativeFixtures.constructed(List.of(NarrativeFixtures.section("一", "部门预算收支数据变动情况及原因", 10,
                "2026年度示例局预算收入总计3.00万元，比上年增长50.00%，主要原因是新增培训任务。")), List.of());
        assertThat(NarrativeFixtures.serious(d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("narr.yoy-rate");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).contains("50.00%", "无法核对");
        });
    }

    @Test
    void publishedTargetsAgainstTheForms() {
        // three forms of 40,000 元 each = 12.00 万元
        var forms = List.of(NarrativeFixtures.form("甲项目", "40000", 100), NarrativeFixtures.form("乙项目", "40000", 140),
                NarrativeFixtures.form("丙项目", "40000", 180));
        Disclosure right = NarrativeFixtures.constructed(List.of(NarrativeFixtures.section("十", "绩效管理情况", 50,
                "公开项目绩效目标3个，涉及项目金额12.00万元。")), forms);
        assertThat(NarrativeFixtures.run(right)).isEmpty();

        Disclosure wrong = NarrativeFixtures.constructed(List.of(NarrativeFixtures.section("十", "绩效管理情况", 50,
                "公开项目绩效目标4个，涉及项目金额16.00万元。")), forms);
        List<Finding> findings = NarrativeFixtures.serious(wrong);
        assertThat(findings).extracting(NarrativeFixtures::key).containsExactly("narr.count|error|十、绩效管理情况|52",
                "narr.count|error|十、绩效管理情况|52");
        assertThat(findings.get(0).message()).contains("4个", "3张");
        assertThat(findings.get(1).message()).contains("16.00", "12.00");
    }

    @Test
    void levelNotesMustNameACodeOfThatLevel() {
        // 212 城乡社区支出 is a 类, 21205 城乡社区环境卫生 a 款 (and its 项 2120501)
        Disclosure d = NarrativeFixtures.constructed(List.of(NarrativeFixtures.section("五", "一般公共预算支出情况说明", 60,
                "城乡社区支出（类）城乡社区环境卫生（款）城乡社区环境卫生（项）。", "城乡社区环境卫生（类）城乡社区支出（项）。")), List.of());
        List<Finding> findings = NarrativeFixtures.serious(d);
        assertThat(findings).extracting(NarrativeFixtures::key).containsExactly("narr.name|error|五、一般公共预算支出情况说明|64",
                "narr.name|error|五、一般公共预算支出情况说明|64");
        assertThat(findings.get(0).message()).contains("“城乡社区环境卫生”是款、项级", "（类）");
        assertThat(findings.get(1).message()).contains("“城乡社区支出”是类级", "（项）");
    }

    @Test
    void aNameOneCharacterOffIsCorrected() {
        // 2080599 其他行政事业单位养老支出, printed with 其它
        Disclosure d = NarrativeFixtures.constructed(List.of(NarrativeFixtures.section("一", "部门预算编制说明", 80,
                "“社会保障和就业支出（类）行政事业单位养老支出（款）其它行政事业单位养老支出（项）”0.96万元。")), List.of());
        assertThat(NarrativeFixtures.serious(d)).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("narr.name");
            assertThat(f.message()).contains("“其它行政事业单位养老支出”不是项级科目名称", "应为“其他行政事业单位养老支出”");
            assertThat(f.location().line()).isEqualTo(82);
        });
    }

    @Test
    void reasonGivenAfterTheFigures() {
        Disclosure d = NarrativeFixtures.constructed(List.of(NarrativeFixtures.section("一", "部门预算编制说明", 90,
                "收入预算3.00万元，其中：财政拨款收入3.00万元，比上年预算增加1.00万元。",
                "支出预算3.00万元，比上年预算增加1.00万元。",
                "财政拨款收入支出增加的主要原因是新增培训任务。")), List.of());
        assertThat(NarrativeFixtures.serious(d)).isEmpty();
    }

    @Test
    void leftoversOfAnyKind() {
        Disclosure d = NarrativeFixtures.constructed(List.of(NarrativeFixtures.section("十二", "其他说明", 70,
                "本部门某某项目预算XX万元，待填写。")), List.of());
        assertThat(NarrativeFixtures.serious(d)).extracting(Finding::rule).containsExactly("narr.template-leftover",
                "narr.template-leftover", "narr.template-leftover");
    }
}
