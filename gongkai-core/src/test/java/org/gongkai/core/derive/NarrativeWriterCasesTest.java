package org.gongkai.core.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.derive.NarrativeSources.percentages;
import static org.gongkai.core.derive.NarrativeSources.text;

import java.util.List;
import java.util.Map;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.facts.AgencyOperatingFacts;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.facts.BudgetLine;
import org.gongkai.core.facts.DisclosureTexts;
import org.gongkai.core.facts.EconomicLine;
import org.gongkai.core.facts.ExpenditureKind;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.PriorYear;
import org.gongkai.core.facts.ProjectCategory;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.facts.ThreePublicFacts;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.EconomicCode;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.Procurement;
import org.gongkai.core.profile.DocumentLayout;
import org.gongkai.core.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * A small department typed by hand (the one of {@link HandBuiltFactsDerivationTest}, with 三公,
 * 机关运行经费, project categories and last year's figures): the cases the reference does not
 * have. Every expected figure computed by hand.
 */
class NarrativeWriterCasesTest {

    /** An amount in 万元, the unit these figures were typed in (the facts hold it in 元). */
    private static Amount m(String v) {
        return Amount.wan(v);
    }

    private final Catalogue catalogue = Catalogue.forYear(2026);
    private final Profile profile = Profile.load("shanxi-13");

    private static final List<BudgetLine> LINES = List.of(
            new BudgetLine(FunctionCode.of("2010101"), FundSource.GENERAL_BUDGET, FundYear.CURRENT_YEAR, ExpenditureKind.BASIC_PERSONNEL, m("100.00")),
            new BudgetLine(FunctionCode.of("2010101"), FundSource.GENERAL_BUDGET, FundYear.CURRENT_YEAR, ExpenditureKind.BASIC_OPERATING, m("20.50")),
            new BudgetLine(FunctionCode.of("2010102"), FundSource.GENERAL_BUDGET, FundYear.CURRENT_YEAR, ExpenditureKind.PROJECT, m("30.00")),
            new BudgetLine(FunctionCode.of("2120501"), FundSource.GOVERNMENT_FUND, FundYear.CURRENT_YEAR, ExpenditureKind.PROJECT, m("50.25")),
            new BudgetLine(FunctionCode.of("2120501"), FundSource.UNIT_FUNDS, FundYear.CURRENT_YEAR, ExpenditureKind.PROJECT, m("5.00")),
            new BudgetLine(FunctionCode.of("2120501"), FundSource.GENERAL_BUDGET, FundYear.CARRYOVER, ExpenditureKind.PROJECT, m("7.75")));

    private static final List<EconomicLine> ECONOMIC = List.of(
            new EconomicLine(EconomicCode.of("30101"), "基本工资", EconomicCode.of("50101"), "工资奖金津补贴", m("100.00"), null),
            new EconomicLine(EconomicCode.of("30201"), "办公费", EconomicCode.of("50201"), "办公经费", null, m("18.50")),
            new EconomicLine(EconomicCode.of("30217"), "公务接待费", EconomicCode.of("50206"), "公务接待费", null, m("2.00")));

    private static List<ProjectFacts> projects(ProjectCategory a, ProjectCategory b) {
        return List.of(new ProjectFacts("项目甲", "测试部机关", FundYear.CURRENT_YEAR, a, FunctionCode.of("2010102"), Map.of(FundSource.GENERAL_BUDGET, m("30.00"))),
                new ProjectFacts("项目乙", "测试中心", FundYear.CURRENT_YEAR, b, FunctionCode.of("2120501"),
                        Map.of(FundSource.GOVERNMENT_FUND, m("50.25"), FundSource.UNIT_FUNDS, m("5.00"))),
                new ProjectFacts("结转项目", "测试中心", FundYear.CARRYOVER, null, FunctionCode.of("2120501"), Map.of(FundSource.GENERAL_BUDGET, m("7.75"))));
    }

    private static final ThreePublicFacts THREE_PUBLIC = new ThreePublicFacts(Map.of(),
            Map.of(FundSource.GENERAL_BUDGET, m("2.00")), Map.of(), Map.of(FundSource.GENERAL_BUDGET, m("3.10")));

    private static final DisclosureTexts TEXTS = new DisclosureTexts(List.of("负责测试。"), List.of("设2个科室。"),
            "新设部门，首次编制预算。", null, "一般公共预算项目压减", null, "办公费、公务接待费", null, null, null, null, List.of());

    private static BudgetFacts facts(PriorYear prior, ThreePublicFacts threePublic, List<ProjectFacts> projects,
            Procurement procurement, DisclosureTexts texts) {
        return new BudgetFacts("测试部", "999", null, 2026, "shanxi-13", List.of("测试部机关", "测试中心"), LINES, null, ECONOMIC,
                projects, threePublic,
                List.of(new AgencyOperatingFacts("测试部机关", Map.of(FundSource.GENERAL_BUDGET, m("20.50")))),
                procurement, null, prior, List.of(), texts, List.of());
    }

    /** 上年: 收入总计 0 (a new department), 支出总计 unknown, 一般公共预算 160.00, 三公 6.00, 机关运行 20.50. */
    private static final PriorYear PRIOR = new PriorYear(m("0"), null, m("160.00"), m("6.00"), m("20.50"));

    private final BudgetFacts facts = facts(PRIOR, THREE_PUBLIC,
            projects(ProjectCategory.OTHER_OPERATING, ProjectCategory.SPECIFIC_TARGET), null, TEXTS);
    private final GeneratedNarrative generated = new NarrativeWriter(profile, catalogue).write(facts);

    @Test
    void newWhenLastYearWasZeroWithoutRate() {
        SentenceSource change = generated.sources().stream()
                .filter(s -> s.section().equals("一") && s.sentence().startsWith("收入总计")).findFirst().orElseThrow();
        assertThat(change.sentence()).isEqualTo("收入总计213.50万元，为新增（上年为零），主要原因是新设部门，首次编制预算。");
        assertThat(change.sentence()).doesNotContain("%", "增长");
    }

    @Test
    void placeholderWhenLastYearIsUnknownAndTheProfileRequiresIt() {
        assertThat(text(generated, "一")).contains("支出总计与上年相比【待填写：上年支出总计（万元）】。");
    }

    @Test
    void noComparisonWhenLastYearIsUnknownAndNotRequired() {
        DocumentLayout d = profile.document();
        Profile lenient = new Profile(profile.id(), profile.name(), profile.tables(), profile.noDataNote(),
                profile.tableSectionTitle(), new DocumentLayout(d.titleTemplate(), d.overviewTitle(), d.dutiesHeading(),
                        d.organizationHeading(), d.narrativeTitle(), d.glossaryTitle(), false, d.narrativeSections(),
                        d.narrativeUnit()));
        String one = text(new NarrativeWriter(lenient, catalogue).write(facts), "一");
        assertThat(one).doesNotContain("支出总计与上年", "待填写");
        assertThat(one).contains("收入总计213.50万元，为新增（上年为零）");
    }

    @Test
    void decreaseRoundsHalfUp() {
        // 150.50 − 160.00 = −9.50; 9.50 ÷ 160.00 = 5.9375% → 5.94%
        assertThat(text(generated, "五")).contains("一般公共预算当年支出150.50万元，比上年减少9.50万元，下降5.94%，主要原因是一般公共预算项目压减。");
    }

    @Test
    void sharesOfTheHandBuiltDepartment() {
        // 收入总计 213.50: 150.50 → 70.49%, 50.25 → 23.54%, 0, 0, 5.00 → 2.34%, 上年结转 7.75 → 3.63%
        // 支出总计 213.50: 基本 120.50 → 56.44%, 项目 93.00 → 43.56%
        // 一般公共预算当年 150.50, all of it 201: 100.00%; 三公 6.00 → 5.10: 0.90 ÷ 6.00 = 15.00%
        assertThat(percentages(generated.narrative())).containsExactly(
                "70.49", "23.54", "0.00", "0.00", "2.34", "3.63",
                "56.44", "43.56",
                "5.94", "100.00",
                "15.00");
        assertThat(text(generated, "二")).contains("单位资金收入5.00万元，占2.34%", "上年结转7.75万元，占3.63%");
    }

    @Test
    void threePublicWithMoneyGivesAmountsAndParts() {
        String seven = text(generated, "七");
        assertThat(seven).contains("财政拨款安排“三公”经费预算5.10万元，比上年减少0.90万元，下降15.00%，"
                + "主要原因是【待填写：“三公”经费增减变化的主要原因】。");
        assertThat(seven).contains("其中：因公出国（境）费0.00万元，公务接待费2.00万元，公务用车购置及运行费3.10万元"
                + "（购置费0.00万元，运行维护费3.10万元）。");
        assertThat(text(generated, "八")).isEqualTo("2026年测试部财政拨款安排机关运行经费20.50万元，与上年持平。");
    }

    @Test
    void fiscalAppropriationIncludesCarryoverBySource() {
        // fiscal: current 150.50 + 50.25 = 200.75, carryover 7.75, total 208.50; 一般公共预算 150.50 + 7.75 = 158.25
        assertThat(text(generated, "四")).contains("财政拨款收入总计208.50万元，其中：当年财政拨款收入200.75万元，上年财政拨款结转7.75万元。",
                "一般公共预算158.25万元，政府性基金预算50.25万元，国有资本经营预算0.00万元。",
                "财政拨款支出总计208.50万元，按支出功能分类：一般公共服务支出150.50万元，城乡社区支出58.00万元。");
    }

    @Test
    void coversFromTheWordsOrFromTheEconomicLines() {
        String six = text(generated, "六");
        assertThat(six).contains("人员经费100.00万元，主要包括：基本工资。", "公用经费20.50万元，主要包括：办公费、公务接待费。");
    }

    @Test
    void projectsByCategoryWhenEveryCategoryIsKnown() {
        assertThat(text(generated, "十")).contains("本年项目2个，涉及金额85.25万元，其中：其他运转类项目1个，金额30.00万元；"
                + "特定目标类项目1个，金额55.25万元。");
        BudgetFacts partly = facts(PRIOR, THREE_PUBLIC, projects(ProjectCategory.OTHER_OPERATING, null), null, TEXTS);
        assertThat(text(new NarrativeWriter(profile, catalogue).write(partly), "十"))
                .contains("本年项目2个，涉及金额85.25万元。").doesNotContain("其他运转类");
    }

    @Test
    void placeholdersForEverythingTheDepartmentDidNotSay() {
        assertThat(generated.placeholders()).containsExactly(
                "【待填写：上年支出总计（万元）】",
                "【待填写：“三公”经费增减变化的主要原因】",
                "【待填写：政府采购预算总额及货物、工程、服务类金额（万元），无则填0】",
                "【待填写：资产数据截止日期】",
                "【待填写：公务用车编制数（辆）】",
                "【待填写：公务用车实有数（辆）】",
                "【待填写：资产数据截止日期】",
                "【待填写：办公用房建筑总面积（平方米）】",
                "【待填写：资产数据截止日期】",
                "【待填写：单位价值50万元、100万元（原值）以上的设备台（套）数】",
                "【待填写：政府购买服务指导性目录（没有则填“无”）】",
                "【待填写：其他需要说明的事项（没有则填“无”）】");
    }

    @Test
    void procurementTotalIsTheSumOfItsParts() {
        Procurement p = new Procurement(Amount.wan("999.00"), Amount.wan("12.30"), Amount.wan("0"), Amount.wan("40.05"), 0);
        BudgetFacts withProcurement = facts(PRIOR, THREE_PUBLIC, projects(null, null), p, TEXTS);
        GeneratedNarrative g = new NarrativeWriter(profile, catalogue).write(withProcurement);
        // 12.30 + 0 + 40.05 = 52.35 (the stated 999.00 is not used)
        assertThat(text(g, "九")).isEqualTo("2026年测试部政府采购预算总额52.35万元，其中：货物类12.30万元，工程类0.00万元，服务类40.05万元。");
    }

    @Test
    void noThreePublicWithLastYearKnown() {
        BudgetFacts none = facts(PRIOR, ThreePublicFacts.none(), projects(null, null), null, TEXTS);
        // 6.00 last year, none this year: 6.00 ÷ 6.00 = 100.00%
        assertThat(text(new NarrativeWriter(profile, catalogue).write(none), "七")).isEqualTo(
                "2026年测试部未安排财政拨款“三公”经费预算，比上年减少6.00万元，下降100.00%，"
                        + "主要原因是【待填写：“三公”经费增减变化的主要原因】。");
    }

    @Test
    void everyFigureIsInItsSentenceAndEqualsItsCell() {
        NarrativeSources.assertSentencesHoldTheirFigures(generated);
        NarrativeSources.assertCellsResolve(generated, new TableDeriver(profile, catalogue).derive(facts));
    }
}
