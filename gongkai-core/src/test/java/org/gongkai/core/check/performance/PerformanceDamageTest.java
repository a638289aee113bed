package org.gongkai.core.check.performance;

import org.gongkai.core.check.Checker;
import org.gongkai.core.check.engine.Finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.check.performance.PerformanceColumn.ANNUAL;
import static org.gongkai.core.check.performance.PerformanceColumn.PERIOD;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.gongkai.core.Reference;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.FundsBreakdown;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.ReadingNote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One form of the reference damaged at a time: exactly the expected finding appears (rule,
 * severity, project, indicator, line), and none of the reference's own findings goes away.
 */
class PerformanceDamageTest {

    private static Disclosure reference;
    private static List<Finding> baseline;

    @BeforeAll
    static void checkReference() {
        reference = Reference.disclosure();
        baseline = check(reference);
    }

    private static List<Finding> check(Disclosure d) {
        return new Checker(PerformanceRules.all()).check(d).findings();
    }

    private static String key(Finding f) {
        return PerformanceReferenceTest.describe(f) + " :: " + f.message();
    }

    /** The findings of the damaged document that the reference does not have; asserts none went away. */
    private static List<Finding> added(Disclosure damaged) {
        List<Finding> found = check(damaged);
        List<String> before = new ArrayList<>(baseline.stream().map(PerformanceDamageTest::key).toList());
        List<Finding> added = new ArrayList<>();
        for (Finding f : found) {
            if (!before.remove(key(f))) {
                added.add(f);
            }
        }
        assertThat(before).as("findings of the reference that went away").isEmpty();
        return added;
    }

    private static Finding onlyAdded(Disclosure damaged, String expected) {
        List<Finding> added = added(damaged);
        assertThat(added).extracting(PerformanceReferenceTest::describe).containsExactly(expected);
        return added.get(0);
    }

    private static Disclosure change(String project, UnaryOperator<PerformanceForms.Form> change) {
        return PerformanceForms.change(reference, project, change);
    }

    private static Amount yuan(String v) {
        return Amount.yuan(new BigDecimal(v));
    }

    private static FundsBreakdown local(String total, String local) {
        return new FundsBreakdown(yuan(total), yuan("0"), yuan("0"), yuan(local), yuan("0"), null);
    }

    // ---- projects and names ---------------------------------------------------------------------

    @Test
    void aNameOneCharacterOffIsOneNameMismatch() {
        Finding f = onlyAdded(change("涉水事务服务", form -> {
            form.projectName = "涉水事物服务";
            return form;
        }), "error perf.name-mismatch 涉水事物服务 | 项目名称 | 944");
        assertThat(f.evidence()).containsEntry("form", "涉水事物服务").containsEntry("table", "涉水事务服务")
                .containsEntry("distance", "1");
        assertThat(f.message()).contains("“涉水事物服务”").contains("“涉水事务服务”");
    }

    @Test
    void aNameContainingTheOtherIsOneNameMismatch() {
        onlyAdded(change("山西转型综合改革示范区城市体检工作方案", form -> {
            form.projectName = "山西转型综合改革示范区城市体检工作方案编制";
            return form;
        }), "error perf.name-mismatch 山西转型综合改革示范区城市体检工作方案编制 | 项目名称 | 1346");
    }

    @Test
    void aShortNameIsPairedByLikenessOnlyWhenTheMoneyAgrees() {
        onlyAdded(change("印刷费", form -> {
            form.projectName = "印制费";
            return form;
        }), "error perf.name-mismatch 印制费 | 项目名称 | 701");
        List<Finding> added = added(change("印刷费", form -> {
            form.projectName = "印制费";
            form.periodFunds = local("100000", "100000");
            form.annualFunds = local("60000", "60000");
            return form;
        }));
        assertThat(added).extracting(PerformanceReferenceTest::describe).containsExactlyInAnyOrder(
                "error perf.table-per-project 印制费 | 项目名称 | 701",
                "error perf.table-per-project 印刷费 | null | 350");
    }

    @Test
    void aFormForAnUnknownProjectAndAProjectWithoutForm() {
        List<Finding> added = added(change("涉水事务服务", form -> {
            form.projectName = "地下停车场建设";
            return form;
        }));
        assertThat(added).extracting(PerformanceReferenceTest::describe).containsExactlyInAnyOrder(
                "error perf.table-per-project 地下停车场建设 | 项目名称 | 944",
                "error perf.table-per-project 涉水事务服务 | null | 361");
    }

    @Test
    void aSecondFormForTheSameProject() {
        PerformanceTarget copy = PerformanceForms.edit(PerformanceForms.form(reference, "人防专项")).build();
        List<PerformanceTarget> forms = new ArrayList<>(reference.performanceTargets());
        PerformanceForms.Form moved = PerformanceForms.edit(copy);
        moved.line = 5000;
        forms.add(moved.build());
        List<Finding> added = added(PerformanceForms.withForms(reference, forms));
        // the copy repeats the reference's warning about its cost indicator (at the copy's line)
        assertThat(added).extracting(PerformanceReferenceTest::describe).containsExactlyInAnyOrder(
                "error perf.table-per-project 人防专项 | 项目名称 | 5000",
                "warning perf.cost 人防专项 | 控制在预算批复金额内 | 1241");
    }

    // ---- funds ----------------------------------------------------------------------------------

    @Test
    void annualTotalChanged() {
        Finding f = onlyAdded(change("培训宣传费", form -> {
            form.annualFunds = local("60000", "60000");
            return form;
        }), "error perf.annual-funds 培训宣传费 | 年度资金总额 | 733");
        assertThat(f.evidence()).containsEntry("found", "60000").containsEntry("expected", "50000")
                .containsEntry("difference", "10000");
    }

    @Test
    void annualTotalWithinTheRoundingOfTwoDecimalsOfWan() {
        onlyAdded(change("培训宣传费", form -> {
            form.annualFunds = local("50040", "50040");
            return form;
        }), "info perf.annual-funds 培训宣传费 | 年度资金总额 | 733");
    }

    @Test
    void annualTotalMissingWithoutReadingNoteIsAnError() {
        onlyAdded(change("培训宣传费", form -> {
            form.annualFunds = new FundsBreakdown(null, yuan("0"), yuan("0"), yuan("50000"), yuan("0"), null);
            return form;
        }), "error perf.annual-funds 培训宣传费 | 年度资金总额 | 733");
    }

    @Test
    void sourcesThatDoNotAddUp() {
        Finding f = onlyAdded(change("培训宣传费", form -> {
            form.annualFunds = local("50000", "40000");
            return form;
        }), "error perf.sources-sum 培训宣传费 | 年度资金总额 | 733");
        assertThat(f.evidence()).containsEntry("found", "50000").containsEntry("expected", "40000");
    }

    @Test
    void periodBelowAnnual() {
        Finding f = onlyAdded(change("培训宣传费", form -> {
            form.periodFunds = local("40000", "40000");
            return form;
        }), "error perf.period-vs-annual 培训宣传费 | 实施期资金总额 | 733");
        assertThat(f.evidence()).containsEntry("period", "40000").containsEntry("annual", "50000");
    }

    // ---- indicators -----------------------------------------------------------------------------

    @Test
    void satisfactionWithACeiling() {
        Finding f = onlyAdded(change("购买办公用品", form -> form.value(PERIOD, "职工满意度", "≤90%")),
                "error perf.satisfaction 购买办公用品 | 职工满意度 | 633");
        assertThat(f.evidence()).containsEntry("column", "实施期").containsEntry("value", "≤90%");
    }

    @Test
    void satisfactionOfAHundredPercent() {
        Finding f = onlyAdded(change("购买办公用品", form -> form.value(ANNUAL, "职工满意度", "=100%")),
                "warning perf.satisfaction 购买办公用品 | 职工满意度 | 633");
        assertThat(f.evidence()).containsEntry("column", "年度");
    }

    @Test
    void costAboveTheFunds() {
        Finding f = onlyAdded(change("燃气安全生产技术服务", form -> form
                        .value(PERIOD, "控制在预算批复金额内", "≤60万元").value(ANNUAL, "控制在预算批复", "≤60万元")),
                "error perf.cost 燃气安全生产技术服务 | 控制在预算批复金额内 | 1000");
        assertThat(f.evidence()).containsEntry("found", "600000").containsEntry("funds", "500000")
                .containsEntry("column", "实施期、年度");
    }

    @Test
    void costAsAFloor() {
        onlyAdded(change("燃气安全生产技术服务", form -> form.value(ANNUAL, "控制在预算批复", "≥40万元")),
                "warning perf.cost 燃气安全生产技术服务 | 控制在预算批复金额内 | 1000");
    }

    @Test
    void aPercentageAbove100() {
        Finding f = onlyAdded(change("临时人员工资", form -> form.value(PERIOD, "聘用人员", "120%").value(ANNUAL, "聘用人员", "120%")),
                "error perf.percent-range 临时人员工资 | 聘用人员 | 486");
        assertThat(f.evidence()).containsEntry("column", "实施期、年度").containsEntry("value", "120%");
    }

    @Test
    void aRateMayExceed100() {
        assertThat(added(change("临时人员工资", form -> form.value(PERIOD, "安排工作完成率", "120%")))).isEmpty();
    }

    @Test
    void anIndicatorUnderTheWrongLevel1() {
        Finding f = onlyAdded(change("城市生命线智慧平台", form -> form.indicator(PERIOD, "减少环境污染",
                        i -> new Indicator("产出指标", i.level2(), i.name(), i.value(), i.line()))),
                "error perf.tree 城市生命线智慧平台 | 减少环境污染 | 1830");
        assertThat(f.evidence()).containsEntry("column", "实施期").containsEntry("level1", "产出指标")
                .containsEntry("level2", "生态效益");
        assertThat(f.message()).contains("应在一级指标“效益指标”之下");
    }

    @Test
    void noSatisfactionIndicatorAtAll() {
        Finding f = onlyAdded(change("城市生命线智慧平台", form -> {
            form.periodIndicators.removeIf(i -> i.level1().equals("满意度指标"));
            form.annualIndicators.removeIf(i -> i.level1().equals("满意度指标"));
            return form;
        }), "error perf.tree 城市生命线智慧平台 | 满意度指标 | 1803");
        assertThat(f.evidence()).containsEntry("column", "实施期、年度");
    }

    @Test
    void aValueMissingWithoutReadingNoteIsAnError() {
        Finding f = onlyAdded(change("人防专项", form -> form.value(PERIOD, "开展人防宣传活动", null)),
                "error perf.value-missing 人防专项 | 开展人防宣传活动 | 1238");
        assertThat(f.evidence()).containsEntry("column", "实施期");
    }

    @Test
    void aValueMissingWithReadingNoteIsAWarning() {
        Finding f = onlyAdded(change("人防专项", form -> {
            form.missing.add(new ReadingNote("periodIndicators[开展人防宣传活动].value", 1238, "实施期指标“开展人防宣传活动”没有指标值"));
            return form.value(PERIOD, "开展人防宣传活动", null);
        }), "warning perf.value-missing 人防专项 | 开展人防宣传活动 | 1238");
        assertThat(f.message()).startsWith("文本中未见实施期指标“开展人防宣传活动”的指标值");
    }

    @Test
    void aValueThatDoesNotRead() {
        onlyAdded(change("人防专项", form -> form.value(PERIOD, "开展人防宣传活动", "≥次")),
                "warning perf.value-format 人防专项 | 开展人防宣传活动 | 1238");
    }

    // ---- texts and header -----------------------------------------------------------------------

    @Test
    void aPlanDateBeforeTheBudgetYear() {
        Finding f = onlyAdded(change("人防专项", form -> {
            form.plan = "按照询价方式采购人防宣传物资,于2025年9月18日组织人防教育宣传工作。";
            return form;
        }), "warning perf.dates 人防专项 | 项目实施计划 | 1216");
        assertThat(f.evidence()).containsEntry("year", "2025");
    }

    @Test
    void aPastEventInThePlanIsNotAPlanDate() {
        assertThat(added(change("人防专项", form -> {
            form.plan = "采购工作已于2025年完成,2026年9月18日组织人防教育宣传工作。";
            return form;
        }))).isEmpty();
    }

    @Test
    void aTimelinessIndicatorBeforeTheBudgetYear() {
        onlyAdded(change("人防专项", form -> form.value(PERIOD, "人防活动宣传时间", "2025年12月31日前")),
                "warning perf.dates 人防专项 | 人防活动宣传时间 | 1240");
    }

    @Test
    void anAmountInTheTextThatDiffersFromTheFunds() {
        Finding f = onlyAdded(change("人防专项", form -> {
            form.overview = form.overview + "2026年安排预算35万元。";
            return form;
        }), "warning perf.text-amounts 人防专项 | 项目概况 | 1216");
        assertThat(f.evidence()).containsEntry("found", "350000").containsEntry("annual", "300000");
    }

    @Test
    void aMissingHeaderField() {
        onlyAdded(change("人防专项", form -> {
            form.implementingUnit = null;
            return form;
        }), "error perf.header 人防专项 | 实施单位 | 1216");
    }

    @Test
    void aFilingDateThatIsNoDate() {
        onlyAdded(change("人防专项", form -> {
            form.filingDate = "20251332";
            return form;
        }), "warning perf.header 人防专项 | 填报日期 | 1216");
    }
}
