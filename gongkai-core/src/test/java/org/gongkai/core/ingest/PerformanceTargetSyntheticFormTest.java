package org.gongkai.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.PerformanceTarget;
import org.junit.jupiter.api.Test;

/** Small hand-made forms for cases the seed text does not hold. Cells are written with '|' for a tab. */
class PerformanceTargetSyntheticFormTest {

    private static final String TITLE = "山西转型综改示范区太原开发区县(区)级预算部门(单位)项目支出绩效目标表";

    private static List<String> form(String projectName, List<String> fundsRows, List<String> goalRows,
                                     List<String> indicatorRows) {
        List<String> lines = new ArrayList<>();
        lines.add(TITLE);
        lines.add("");
        lines.add("(2026年度)");
        lines.add("项目名称||" + projectName + "||||");
        lines.add("主管部门及代码||608-某部门||实施单位||某单位|");
        lines.add("项目属性||经常性项目(长期开展)||项目期||99年|");
        lines.addAll(fundsRows);
        lines.add("项目概况||概况。||||");
        lines.addAll(goalRows);
        lines.add("绩效指标|一级指标|二级指标|三级指标|指标值|二级指标|三级指标|指标值");
        lines.addAll(indicatorRows);
        lines.add("负责人:|张三|经办人:||联系电话:||填报日期:|20251224150159");
        return lines.stream().map(l -> l.replace('|', '\t')).toList();
    }

    private static List<String> standardFunds() {
        return List.of(
                "项目资金(元)|实施期资金总额:|9,600||年度资金总额:|9,600||",
                "|其中:中央财政资金|0||其中:中央财政资金|0||",
                "|省级财政资金|0||省级财政资金|0||",
                "|市县(区)财政资金|9,600||市县(区)财政资金|9,600||",
                "|单位自筹|0||单位自筹|0||",
                "其他资金|||其他资金||||");
    }

    private static List<String> standardGoals() {
        return List.of("实施期目标||||年度目标|||", "总体目标|甲。|||乙。|||");
    }

    private static PerformanceTarget parseOne(List<String> lines) {
        List<PerformanceTarget> forms = new PerformanceTargetParser().parse(lines, 0, lines.size());
        assertThat(forms).hasSize(1);
        return forms.get(0);
    }

    @Test
    void removesSpacesInsideChineseNamesOnly() {
        PerformanceTarget f = parseOne(form("临时 人员工资", standardFunds(), standardGoals(),
                List.of("|产出指标|数量指标|聘用人数|≥5个|数量指标|聘用人数|≥5个")));
        assertThat(f.projectName()).isEqualTo("临时人员工资");
        assertThat(PerfFormReader.removeWrapSpaces("PPP 综合管网")).isEqualTo("PPP 综合管网");
        assertThat(f.responsible()).isEqualTo("张三");
        assertThat(f.handler()).isNull();
    }

    @Test
    void aMissingPeriodAmountIsNotTakenFromTheAnnualColumn() {
        List<String> funds = new ArrayList<>(standardFunds());
        funds.set(0, "项目资金(元)|实施期资金总额:||年度资金总额:|9,600|||");
        PerformanceTarget f = parseOne(form("甲项目", funds, standardGoals(),
                List.of("|产出指标|数量指标|聘用人数|≥5个|数量指标|聘用人数|≥5个")));
        assertThat(f.periodFunds().total()).isNull();
        assertThat(f.annualFunds().total()).isEqualTo(Amount.yuan(new BigDecimal("9600")));
        assertThat(f.missing()).anySatisfy(n -> {
            assertThat(n.field()).isEqualTo("periodFunds.total");
            assertThat(n.message()).isEqualTo("实施期资金总额在文本中缺失");
        });
    }

    @Test
    void aSingleGoalIsThePeriodGoal() {
        PerformanceTarget f = parseOne(form("甲项目", standardFunds(), List.of("总体目标|甲。||||"),
                List.of("|产出指标|数量指标|聘用人数|≥5个|数量指标|聘用人数|≥5个")));
        assertThat(f.periodGoal()).isEqualTo("甲。");
        assertThat(f.annualGoal()).isNull();
        assertThat(f.missing()).anySatisfy(n -> assertThat(n.field()).isEqualTo("annualGoal"));
    }

    @Test
    void costIsALevel1IndicatorInThe101Layout() {
        PerformanceTarget f = parseOne(form("甲项目", standardFunds(), standardGoals(), List.of(
                "|产出指标|数量指标|聘用人数|≥5个|数量指标|聘用人数|≥5个",
                "|成本指标|经济成本指标|人员成本|≤5万元|经济成本指标|人员成本|≤5万元",
                "||社会成本指标|||社会成本指标||",
                "|效益指标|社会效益指标|提高工作效率|提高|社会效益指标|提高工作效率|提高")));
        assertThat(f.periodIndicators()).containsExactly(
                new Indicator("产出指标", "数量指标", "聘用人数", "≥5个", 17),
                new Indicator("成本指标", "经济成本指标", "人员成本", "≤5万元", 18),
                new Indicator("效益指标", "社会效益指标", "提高工作效率", "提高", 20));
        assertThat(f.groups()).extracting(g -> g.level1() + "/" + g.level2()).containsExactly(
                "产出指标/数量指标", "成本指标/经济成本指标", "成本指标/社会成本指标", "效益指标/社会效益指标");
    }

    @Test
    void readsOnlyTheGivenRangeAndSkipsPageNumbers() {
        List<String> one = form("甲项目", standardFunds(), standardGoals(), List.of(
                "|产出指标|数量指标|聘用人数|≥5个|数量指标|聘用人数|≥5个",
                "- 12 -",
                "||质量指标|聘用人员|100%|质量指标|聘用人员|100%"));
        List<String> lines = new ArrayList<>();
        lines.add("前文");
        lines.addAll(one);
        lines.add("");
        lines.addAll(form("乙项目", standardFunds(), standardGoals(),
                List.of("|产出指标|数量指标|聘用人数|≥5个|数量指标|聘用人数|≥5个")));
        List<PerformanceTarget> first = new PerformanceTargetParser().parse(lines, 0, one.size() + 1);
        assertThat(first).extracting(PerformanceTarget::projectName).containsExactly("甲项目");
        assertThat(first.get(0).line()).isEqualTo(2);
        assertThat(first.get(0).periodIndicators()).extracting(Indicator::name).containsExactly("聘用人数", "聘用人员");
        assertThat(first.get(0).missing()).noneSatisfy(n -> assertThat(n.message()).contains("无法识别"));
        List<PerformanceTarget> both = new PerformanceTargetParser().parse(lines, 0, lines.size());
        assertThat(both).extracting(PerformanceTarget::projectName).containsExactly("甲项目", "乙项目");
    }
}
