package org.gongkai.core.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.core.derive.NarrativeSources.percentages;
import static org.gongkai.core.derive.NarrativeSources.text;

import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRole;
import org.gongkai.core.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * The narrative written from the facts inferred from the reference. Every share and rate below was
 * computed by hand from the reference's tables (values typed, not copied from program output).
 */
class NarrativeWriterReferenceTest {

    private final Disclosure reference = Reference.disclosure();
    private final Catalogue catalogue = Catalogue.forYear(2026);
    private final Profile profile = Profile.load("shanxi-13");
    private final BudgetFacts facts = new FactsInferrer(catalogue).infer(reference);
    private final GeneratedNarrative generated = new NarrativeWriter(profile, catalogue).write(facts);
    private final List<PrintedTable> tables = new TableDeriver(profile, catalogue).derive(facts);

    @Test
    void sectionsFollowTheReferenceLayout() {
        assertThat(generated.narrative().heading()).isEqualTo("第三部分 2026年度部门预算情况说明");
        assertThat(generated.narrative().sections()).extracting(NarrativeSection::number)
                .containsExactly("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二");
        assertThat(generated.narrative().sections()).extracting(NarrativeSection::heading)
                .isEqualTo(reference.narrative().sections().stream().map(NarrativeSection::heading).toList());
        assertThat(generated.narrative().heading()).isEqualTo(reference.narrative().heading());
    }

    @Test
    void totalsAndYearOnYear() {
        String one = text(generated, "一");
        assertThat(one).contains("预算收入总计48,966.85万元，其中：本年收入48,798.56万元，上年结转168.29万元。",
                "预算支出总计48,966.85万元，其中：当年预算安排48,798.56万元，上年结转安排168.29万元。",
                // 48,966.85 − 26,196.87 = 22,769.98; 22,769.98 ÷ 26,196.87 = 86.9187…% → 86.92%
                "收入总计48,966.85万元，比上年增加22,769.98万元，增长86.92%，主要原因是PPP综合管廊缺口等补助类费用增加。",
                "支出总计48,966.85万元，比上年增加22,769.98万元，增长86.92%，主要原因是PPP综合管廊缺口等补助类费用增加。");
    }

    @Test
    void incomeSharesOverRevenueTotal() {
        String two = text(generated, "二");
        // 48,798.56 ÷ 48,966.85 = 99.6563…% → 99.66%; 168.29 ÷ 48,966.85 = 0.3436…% → 0.34%
        assertThat(two).contains("预算收入总计48,966.85万元", "各项收入占收入总计的比重",
                "一般公共预算拨款收入48,798.56万元，占99.66%", "政府性基金预算拨款收入0.00万元，占0.00%",
                "单位资金收入0.00万元，占0.00%", "上年结转168.29万元，占0.34%。");
    }

    @Test
    void textFollowsTheTablesWhereThePublishedTextContradictsThem() {
        // the published text says 上年结转 "占0%", its own tables give 168.29 ÷ 48,966.85 = 0.34%
        assertThat(reference.narrative().section("二").orElseThrow().text()).contains("上年结转168.29万元，占0%");
        assertThat(text(generated, "二")).contains("上年结转168.29万元，占0.34%").doesNotContain("占0%");
    }

    @Test
    void expenditureSharesOverExpenditureTotal() {
        // 15.00 ÷ 48,966.85 = 0.0306…% → 0.03%; 48,951.85 ÷ 48,966.85 = 99.9693…% → 99.97%
        assertThat(text(generated, "三")).contains("预算支出总计48,966.85万元", "各项支出占支出总计的比重",
                "基本支出15.00万元，占0.03%", "项目支出48,951.85万元，占99.97%");
    }

    @Test
    void fiscalAppropriation() {
        assertThat(text(generated, "四")).contains("财政拨款收入总计48,966.85万元，其中：当年财政拨款收入48,798.56万元，上年财政拨款结转168.29万元。",
                "一般公共预算48,966.85万元，政府性基金预算0.00万元，国有资本经营预算0.00万元。",
                "财政拨款支出总计48,966.85万元，按支出功能分类：一般公共服务支出15.00万元，城乡社区支出48,875.05万元，债务还本支出76.80万元。");
    }

    @Test
    void generalBudgetByClassWithMissingReason() {
        String five = text(generated, "五");
        // 48,798.56 − 26,134.97 = 22,663.59; 22,663.59 ÷ 26,134.97 = 86.7174…% → 86.72%
        assertThat(five).contains("一般公共预算当年支出48,798.56万元，比上年增加22,663.59万元，增长86.72%，"
                + "主要原因是【待填写：一般公共预算当年支出增减变化的主要原因】。");
        // 15.00 ÷ 48,798.56 = 0.0307…% → 0.03%; 48,783.56 ÷ 48,798.56 = 99.9692…% → 99.97%
        assertThat(five).contains("一般公共服务支出15.00万元，占0.03%", "城乡社区支出48,783.56万元，占99.97%");
        assertThat(generated.narrative().section("五").orElseThrow().paragraphs().get(0).text())
                .isEqualTo("（一）一般公共预算当年支出规模变化情况");
    }

    @Test
    void everyPercentageInTheText() {
        assertThat(percentages(generated.narrative())).containsExactly(
                "86.92", "86.92",                                            // 一
                "99.66", "0.00", "0.00", "0.00", "0.00", "0.34",             // 二
                "0.03", "99.97",                                             // 三
                "86.72", "0.03", "99.97");                                   // 五
    }

    @Test
    void basicExpenditure() {
        assertThat(text(generated, "六")).contains("一般公共预算当年安排基本支出15.00万元", "人员经费0.00万元，主要包括：无。",
                "公用经费15.00万元，主要包括：会议费、邮电费、办公费、办公设备购置、其他商品和服务支出等。");
    }

    @Test
    void noThreePublicAndNoAgencyOperatingAsTheTablesSay() {
        assertThat(tables.get(9).id()).isEqualTo("T10");
        assertThat(tables.get(9).hasNoDataNote()).isTrue();
        assertThat(tables.get(10).hasNoDataNote()).isTrue();
        assertThat(text(generated, "七")).contains("未安排财政拨款“三公”经费预算").doesNotContain("万元");
        assertThat(text(generated, "八")).contains("未安排机关运行经费预算").doesNotContain("万元");
    }

    @Test
    void procurementPerformanceAssetsAndOtherNotes() {
        // 154.40 + 0.00 + 3,946.36 = 4,100.76
        assertThat(text(generated, "九")).contains("政府采购预算总额4,100.76万元，其中：货物类154.40万元，工程类0.00万元，服务类3,946.36万元。");
        String ten = text(generated, "十");
        // T12: 44 projects, 48,783.56; the document carries 43 forms; project categories are not known
        assertThat(ten).contains("本年项目44个，涉及金额48,783.56万元。", "随本预算公开项目绩效目标表43个。",
                "本年预算资金48,798.56万元，其中：基本支出15.00万元，项目支出48,783.56万元。")
                .doesNotContain("其他运转类", "特定目标类");
        assertThat(text(generated, "十一")).contains("截至2026年2月5日", "公务用车编制0辆，实有0辆", "领导用车0辆",
                "办公用房建筑总面积261平方米", "单位价值50万元（原值）以上的通用设备0台（套）");
        assertThat(generated.narrative().section("十二").orElseThrow().paragraphs()).extracting(p -> p.text())
                .containsExactly("（一）政府购买服务指导性目录", "无", "（二）其他", "无");
    }

    @Test
    void theOnlyPlaceholderIsTheMissingReason() {
        assertThat(generated.placeholders()).containsExactly("【待填写：一般公共预算当年支出增减变化的主要原因】");
    }

    @Test
    void everyFigureIsInItsSentenceAndEqualsItsCell() {
        NarrativeSources.assertSentencesHoldTheirFigures(generated);
        NarrativeSources.assertCellsResolve(generated, tables);
        assertThat(generated.sources()).filteredOn(s -> s.section().equals("二")).singleElement()
                .satisfies(s -> assertThat(s.figures()).extracting(FigureSource::printed).startsWith("48,966.85万元",
                        "48,798.56万元", "99.66%"));
    }

    @Test
    void sharesNameTheirPartAndWhole() {
        FigureSource share = generated.sources().stream().flatMap(s -> s.figures().stream())
                .filter(f -> f.printed().equals("0.34%")).findFirst().orElseThrow();
        assertThat(share.table()).isEqualTo(FigureSource.FACTS);
        assertThat(share.row()).isEqualTo(FigureSource.SHARE);
        // cells name their table by role, and by the profile's name for it (表一 = 预算收支总表)
        assertThat(share.operands()).extracting(FigureSource::role, FigureSource::table, FigureSource::row, FigureSource::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TableRole.BUDGET_SUMMARY, "表一", "上年结转", "incomeAmount"),
                        org.assertj.core.groups.Tuple.tuple(TableRole.BUDGET_SUMMARY, "表一", "收入总计", "incomeAmount"));
    }
}
