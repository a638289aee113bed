package org.gongkai.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.ReadingNote;
import org.gongkai.core.performance.IndicatorMerger;
import org.gongkai.core.performance.MergedIndicator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the 43 项目支出绩效目标表 of the seed text (lines 463–1933). Expected values are typed
 * from the text by hand.
 */
class PerformanceTargetParserTest {

    private static final String DEPARTMENT = "山西转型综合改革示范区建设与公用事业管理部";

    private static List<PerformanceTarget> forms;

    @BeforeAll
    static void readSeed() throws IOException {
        // the copy of ../shared/reference shipped in samples/, so that the test never skips
        Path seed = org.gongkai.core.Reference.file();
        List<String> lines = Files.readAllLines(seed, StandardCharsets.UTF_8);
        forms = new PerformanceTargetParser().parse(lines, 462, 1933);
    }

    private static PerformanceTarget form(String projectName) {
        return forms.stream().filter(f -> projectName.equals(f.projectName())).findFirst()
                .orElseThrow(() -> new AssertionError("no form " + projectName));
    }

    private static Indicator indicator(List<Indicator> column, String name) {
        return column.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + name));
    }

    private static Amount yuan(String value) {
        return Amount.yuan(new BigDecimal(value));
    }

    @Test
    void readsAll43Forms() {
        assertThat(forms).hasSize(43);
        assertThat(forms.get(0).line()).isEqualTo(463);
        assertThat(forms.get(42).endLine()).isEqualTo(1933);
        assertThat(forms).allSatisfy(f -> {
            assertThat(f.title()).endsWith("项目支出绩效目标表");
            assertThat(f.projectName()).isNotBlank();
            assertThat(f.departmentCode()).isEqualTo("608");
            assertThat(f.implementingUnit()).isEqualTo(DEPARTMENT);
            assertThat(f.periodFunds().total()).isNotNull();
            assertThat(f.periodGoal()).isNotBlank();
            assertThat(f.annualGoal()).isNotBlank();
            assertThat(f.periodIndicators()).isNotEmpty();
            assertThat(f.annualIndicators()).isNotEmpty();
        });
    }

    @Test
    void temporaryStaffWagesFieldByField() {
        PerformanceTarget f = form("临时人员工资");
        assertThat(f.line()).isEqualTo(463);
        assertThat(f.endLine()).isEqualTo(494);
        assertThat(f.competentDepartment()).isEqualTo("608-" + DEPARTMENT);
        assertThat(f.attribute()).isEqualTo("经常性项目(长期开展)");
        assertThat(f.projectTerm()).isEqualTo("99年");
        for (var funds : List.of(f.periodFunds(), f.annualFunds())) {
            assertThat(funds.total()).isEqualTo(yuan("440000"));
            assertThat(funds.central()).isEqualTo(yuan("0"));
            assertThat(funds.provincial()).isEqualTo(yuan("0"));
            assertThat(funds.local()).isEqualTo(yuan("440000"));
            assertThat(funds.selfRaised()).isEqualTo(yuan("0"));
            assertThat(funds.other()).isNull();
        }
        assertThat(f.overview()).isEqualTo("为弥补人员不足的现状,保证建管部正常运转,更好服务企业,聘请劳务派遣人员进行辅助性工资。");
        assertThat(f.basis()).isEqualTo("建设与公用事业管理部关于增加劳务派遣人员的请示。");
        assertThat(f.measures()).isEqualTo("按照示范区劳务派遣人员管理办法进行严格考核。");
        assertThat(f.plan()).isEqualTo("已按照示范区相关制度完成人员招聘工作,待签订合同后即可上岗。");
        assertThat(f.periodGoal()).startsWith("聘请五位劳务派遣人员").endsWith("打好了坚实的基础。");
        assertThat(f.annualGoal()).isEqualTo(f.periodGoal());
        assertThat(f.responsible()).isNull();
        assertThat(f.handler()).isNull();
        assertThat(f.phone()).isNull();
        assertThat(f.filingDate()).isEqualTo("20251224150159");

        for (List<Indicator> column : List.of(f.periodIndicators(), f.annualIndicators())) {
            assertThat(indicator(column, "聘用人数"))
                    .isEqualTo(new Indicator("产出指标", "数量指标", "聘用人数", "≥5个", 484));
            assertThat(indicator(column, "人员聘用单位成本"))
                    .isEqualTo(new Indicator("产出指标", "成本指标", "人员聘用单位成本", "≤88000元", 488));
            assertThat(indicator(column, "长效管理机制"))
                    .isEqualTo(new Indicator("效益指标", "可持续性影响", "长效管理机制", "健全", 492));
            assertThat(indicator(column, "聘用人员满意度"))
                    .isEqualTo(new Indicator("满意度指标", "服务对象满意度", "聘用人员满意度", "≥85%", 493));
        }
        assertThat(f.periodIndicators()).extracting(Indicator::name).containsExactly(
                "聘用人数", "安排工作完成率", "聘用人员", "聘用时间", "人员聘用单位成本", "提高工作效率", "长效管理机制",
                "聘用人员满意度");
        assertThat(f.groups()).contains(
                new IndicatorGroup("效益指标", "经济效益"), new IndicatorGroup("效益指标", "生态效益"));
    }

    @Test
    void partyBuildingFundsDifferByColumn() {
        PerformanceTarget f = form("党建经费");
        assertThat(f.periodFunds().total()).isEqualTo(yuan("40000"));
        assertThat(f.annualFunds().total()).isEqualTo(yuan("26000"));
        assertThat(f.annualFunds().local()).isEqualTo(yuan("26000"));
        assertThat(f.filingDate()).isEqualTo("202512150153");
        assertThat(f.overview()).startsWith("主要内容为组织党员参加各项党建学习活动");
        assertThat(indicator(f.annualIndicators(), "党员学习内容符合"))
                .isEqualTo(new Indicator("产出指标", "质量指标", "党员学习内容符合", "符合", 520));
        assertThat(indicator(f.annualIndicators(), "加强党风廉政建设"))
                .isEqualTo(new Indicator("效益指标", "社会效益", "加强党风廉政建设", "加强", 526));
        assertThat(IndicatorMerger.merge(f)).contains(
                new MergedIndicator("产出指标", "质量指标", "党员学习内容符合要求", "符合", "符合", 520));
    }

    @Test
    void emergencyFundsAnnualTotalIsMissingNotCopied() {
        PerformanceTarget f = form("应急经费");
        assertThat(f.periodFunds().total()).isEqualTo(yuan("50000"));
        assertThat(f.periodFunds().local()).isEqualTo(yuan("50000"));
        assertThat(f.annualFunds().total()).isNull();
        assertThat(f.annualFunds().central()).isNull();
        assertThat(f.annualFunds().local()).isNull();
        assertThat(f.missing()).anySatisfy(n -> {
            assertThat(n.field()).isEqualTo("annualFunds.total");
            assertThat(n.line()).isEqualTo(540);
            assertThat(n.message()).contains("年度资金总额");
        });
        assertThat(f.missing()).anySatisfy(n -> assertThat(n).isEqualTo(
                new ReadingNote("annualFunds.local", 543, "年度市县(区)财政资金在文本中缺失")));
        assertThat(f.annualGoal()).startsWith("为应对突发情况;");
        assertThat(f.filingDate()).isEqualTo("20241118111523");
    }

    @Test
    void emergencyFundsColumnsNameDifferentIndicators() {
        PerformanceTarget f = form("应急经费");
        assertThat(f.periodIndicators()).extracting(Indicator::name).containsExactly(
                "防疫物资采购完成率", "应急物资或服务采购完成", "应急物资发放对象准确率", "防疫物资发放对象准确率",
                "防疫物资符合国家防疫标准", "应急物资发放及时性", "防疫物资发放及时性", "控制在预算批复金额内",
                "提升应急处理能力", "保障建筑工地正常复工", "长效管理机制", "入驻企业满意度", "单位职工满意度");
        assertThat(f.annualIndicators()).extracting(Indicator::name).containsExactly(
                "应急物资或服务", "应急物资质量合格率", "应急物资发放对象准确率", "应急物资发放及时性", "控制在预算批复",
                "提升应急处理能力", "长效管理机制", "入驻企业满意度", "单位职工满意度");
        // l.555 prints "应急物资质量合格率" without value, l.556 "应急物资质量合格" "100%": one indicator
        assertThat(indicator(f.annualIndicators(), "应急物资质量合格率"))
                .isEqualTo(new Indicator("产出指标", "质量指标", "应急物资质量合格率", "100%", 555));
        assertThat(f.missing()).anySatisfy(n -> {
            assertThat(n.line()).isEqualTo(555);
            assertThat(n.message()).contains("合并");
        });
        assertThat(IndicatorMerger.merge(f)).contains(
                new MergedIndicator("产出指标", "数量指标", "应急物资或服务采购完成", "100%", "100%", 555),
                new MergedIndicator("产出指标", "数量指标", "防疫物资采购完成率", "100%", null, 554),
                new MergedIndicator("产出指标", "质量指标", "应急物资质量合格率", null, "100%", 555));
    }

    @Test
    void officialTravelReadsUnitCostAndTakesLabelsFromTheOtherColumn() {
        PerformanceTarget f = form("公务行");
        assertThat(f.periodFunds().total()).isEqualTo(yuan("50000"));
        assertThat(f.annualFunds().total()).isEqualTo(yuan("35000"));
        assertThat(indicator(f.periodIndicators(), "公务行单位成本").value()).isEqualTo("≤650元/月/人");
        assertThat(indicator(f.annualIndicators(), "公务行单位成本").value()).isEqualTo("≤650元/月/人");
        // l.593: the 实施期 half prints no 二级 label, the 年度 half prints 质量指标 for the same name
        assertThat(indicator(f.periodIndicators(), "公务出行符合要求"))
                .isEqualTo(new Indicator("产出指标", "质量指标", "公务出行符合要求", "符合", 593));
        assertThat(indicator(f.annualIndicators(), "公务出行符合要求").value()).isNull();
        assertThat(indicator(f.annualIndicators(), "提高日常办公效率").value()).isNull();
        assertThat(f.missing()).extracting(ReadingNote::line).contains(593, 596, 597, 598);
    }

    @Test
    void presaleFundsLineAdoptsAnnualLabels() {
        PerformanceTarget f = form("预售资金监管专线");
        assertThat(f.competentDepartment()).isEqualTo("608-" + DEPARTMENT);
        assertThat(f.attribute()).isEqualTo("经常性项目(长期开展)");
        assertThat(f.periodFunds().total()).isEqualTo(yuan("9600"));
        assertThat(f.annualFunds().total()).isEqualTo(yuan("9600"));
        assertThat(f.filingDate()).isEqualTo("20241129090741");
        assertThat(f.periodIndicators()).containsExactly(
                new Indicator("产出指标", "数量指标", "租用专线数量", "1条", 1167),
                new Indicator("产出指标", "质量指标", "网络卡顿发生率", "0%", 1168),
                new Indicator("产出指标", "质量指标", "网络通畅时长", "≥360天/年", 1169),
                new Indicator("产出指标", "时效指标", "专线租用时间", "1年", 1170),
                new Indicator("产出指标", "时效指标", "费用支付及时性", "及时", 1171),
                new Indicator("产出指标", "成本指标", "控制在预算批复金额内", "≤10000元", 1172),
                new Indicator("效益指标", "社会效益", "提升工作效率", "提升", 1174),
                new Indicator("效益指标", "社会效益", "满足商品房预售资金监管", "满足", 1175),
                new Indicator("效益指标", "可持续发展", "长效管理机制", "健全", 1177),
                new Indicator("满意度指标", "服务对象满意度", "主管部门满意度", "≥85%", 1178));
        assertThat(indicator(f.annualIndicators(), "控制在预算批复").value()).isEqualTo("≤10000元");
    }

    @Test
    void shiftedHeaderCellsAreReadByLabel() {
        PerformanceTarget f = form("建设公用服务专项(示范区市政、环卫、园林绿化等领域公用服务2024年度、2025年度及服务咨询)");
        assertThat(f.line()).isEqualTo(1551);
        assertThat(f.competentDepartment()).isEqualTo("608-" + DEPARTMENT);
        assertThat(f.projectTerm()).isEqualTo("99年");
        assertThat(f.periodFunds().total()).isEqualTo(yuan("55000000"));
        assertThat(f.annualFunds().total()).isEqualTo(yuan("49271000"));
        assertThat(indicator(f.periodIndicators(), "市政道路养护面积").value()).isEqualTo("≤900000m ²");

        PerformanceTarget property = form("物业管理工作(非三定)");
        assertThat(property.filingDate()).isNull();
        assertThat(property.missing()).anySatisfy(n -> {
            assertThat(n.field()).isEqualTo("filingDate");
            assertThat(n.line()).isEqualTo(1041);
        });

        PerformanceTarget garbage = form("建筑垃圾清运费");
        assertThat(garbage.periodIndicators().get(0))
                .isEqualTo(new Indicator("产出指标", "数量指标", "垃圾清运工作完成率", "≥100%", 859));
        assertThat(indicator(garbage.periodIndicators(), "项目完成时间").value()).isEqualTo("≥2026年底");
    }

    @Test
    void misprintedPeriodLabelIsReadAndNoted() {
        PerformanceTarget f = form("山西转型综合改革示范区房屋市政领域招标投标和建筑市场行为监督检查辅助服务");
        assertThat(f.attribute()).isEqualTo("一次性项目(1年结束)");
        assertThat(f.projectTerm()).isEqualTo("1年");
        assertThat(f.periodFunds().total()).isEqualTo(yuan("1800000"));
        assertThat(f.annualFunds().total()).isEqualTo(yuan("1000000"));
        assertThat(f.missing()).anySatisfy(n -> {
            assertThat(n.line()).isEqualTo(1050);
            assertThat(n.message()).contains("实验期资金总额");
        });
    }

    @Test
    void lastFormAndFilingDates() {
        PerformanceTarget last = forms.get(42);
        assertThat(last.projectName()).isEqualTo("汾东大街金谷路沿线环境综合整治综改区绿化项目");
        assertThat(last.periodFunds().total()).isEqualTo(yuan("4000000"));
        assertThat(last.annualFunds().total()).isEqualTo(yuan("4000000"));
        assertThat(last.filingDate()).isEqualTo("20241206150415");
        assertThat(form("综改区垃圾分类费").filingDate()).isEqualTo("20241203095917");
        assertThat(form("水电气暖补贴款").filingDate()).isEqualTo("20251224160353");
        assertThat(form("工程管理考察费").filingDate()).isEqualTo("20251212151738");
    }

    @Test
    void nameRepeatedWithoutValueIsOneIndicator() {
        // l.941: 年度 half prints "周边居民满意度" twice, the second time with "≥90%"
        PerformanceTarget f = form("综改区垃圾分类费");
        assertThat(f.annualIndicators()).filteredOn(i -> i.name().equals("周边居民满意度"))
                .containsExactly(new Indicator("满意度指标", "服务对象满意度", "周边居民满意度", "≥90%", 941));
        // l.935: 成本指标 printed after 效益指标 with no indicator: an empty 产出 group
        assertThat(f.groups()).contains(new IndicatorGroup("产出指标", "成本指标"));
    }

    @Test
    void sumOfAnnualTotalsThatArePrinted() {
        // grep '年度资金总额' + awk over the value after the label: 42 values, 485,215,600 元
        List<Amount> totals = forms.stream().map(f -> f.annualFunds().total()).filter(a -> a != null).toList();
        assertThat(totals).hasSize(42);
        Amount sum = totals.stream().reduce(yuan("0"), Amount::plus);
        assertThat(sum).isEqualTo(yuan("485215600"));
    }

    @Test
    void everyIndicatorHasBothLevels() {
        assertThat(allIndicators()).allSatisfy(i -> {
            assertThat(i.level1()).isIn("产出指标", "效益指标", "满意度指标");
            assertThat(i.level2()).isNotNull();
            assertThat(i.name()).isNotBlank();
        });
    }

    @Test
    void noIndicatorNameIsALabelWord() {
        Set<String> labels = Set.of("产出指标", "效益指标", "满意度指标", "数量指标", "质量指标", "时效指标", "成本指标",
                "经济效益", "社会效益", "生态效益", "可持续影响", "可持续性影响", "可持续发展", "可持续发展影响",
                "可持續影响", "可持续性指标", "服务对象满意度", "绩效指标", "一级指标", "二级指标", "三级指标", "指标值");
        // l.730, l.973, l.1111 print the 三级 name "服务对象满意度" under the 二级 label of the same text
        Set<Integer> printedSoInTheText = Set.of(730, 973, 1111);
        assertThat(allIndicators())
                .filteredOn(i -> !printedSoInTheText.contains(i.line()))
                .allSatisfy(i -> assertThat(labels).doesNotContain(i.name()));
        assertThat(allIndicators()).filteredOn(i -> printedSoInTheText.contains(i.line()))
                .extracting(Indicator::name).containsOnly("服务对象满意度");
    }

    @Test
    void everyMissingValueHasANote() {
        for (PerformanceTarget f : forms) {
            for (Indicator i : f.annualIndicators()) {
                if (i.value() == null) {
                    assertThat(f.missing()).anySatisfy(n -> {
                        assertThat(n.line()).isEqualTo(i.line());
                        assertThat(n.field()).isEqualTo("annualIndicators[" + i.name() + "].value");
                    });
                }
            }
        }
        assertThat(forms.stream().flatMap(f -> f.annualIndicators().stream()).filter(i -> i.value() == null))
                .extracting(Indicator::line).containsExactlyInAnyOrder(593, 598, 902);
        assertThat(forms.stream().flatMap(f -> f.periodIndicators().stream()).filter(i -> i.value() == null))
                .isEmpty();
    }

    private static Stream<Indicator> allIndicatorStream() {
        return forms.stream().flatMap(f -> Stream.concat(f.periodIndicators().stream(), f.annualIndicators().stream()));
    }

    private static List<Indicator> allIndicators() {
        return allIndicatorStream().toList();
    }
}
