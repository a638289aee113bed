package org.gongkai.core.check.performance;

import org.gongkai.core.check.CheckReport;
import org.gongkai.core.check.Checker;
import org.gongkai.core.check.engine.CheckContext;

import org.gongkai.core.model.SourceRef;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.Reference;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.FundsBreakdown;
import org.gongkai.core.model.Indicator;
import org.gongkai.core.model.IndicatorGroup;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.profile.Profile;
import org.junit.jupiter.api.Test;

/**
 * Hand-made forms that are right in every respect — one in the 88号 layout (成本指标 under 产出),
 * one in the 101号 layout (成本指标 a 一级 indicator) — with a T12 that lists exactly their
 * projects: no rule finds anything, not even information.
 */
class PerformanceCleanFormTest {

    private static final String DEPARTMENT = "山西转型综合改革示范区建设与公用事业管理部";
    private static final String TITLE = "山西转型综改示范区太原开发区县(区)级预算部门(单位)项目支出绩效目标表";

    private static Amount yuan(String v) {
        return Amount.yuan(new BigDecimal(v));
    }

    private static FundsBreakdown local(String amount) {
        return new FundsBreakdown(yuan(amount), yuan("0"), yuan("0"), yuan(amount), yuan("0"), null);
    }

    private static List<IndicatorGroup> groups(List<Indicator> indicators) {
        List<IndicatorGroup> out = new ArrayList<>();
        for (Indicator i : indicators) {
            IndicatorGroup g = new IndicatorGroup(i.level1(), i.level2());
            if (!out.contains(g)) {
                out.add(g);
            }
        }
        return out;
    }

    /** A recurring project in the 88号 layout: 9,600 元 a year, three years' worth over its period. */
    private static PerformanceTarget leasedLine() {
        List<Indicator> period = List.of(
                new Indicator("产出指标", "数量指标", "租用专线数量", "1条", 2010),
                new Indicator("产出指标", "质量指标", "网络通畅时长", "≥360天/年", 2011),
                new Indicator("产出指标", "时效指标", "费用支付及时性", "及时", 2012),
                new Indicator("产出指标", "成本指标", "专线租用费用", "≤28800元", 2013),
                new Indicator("效益指标", "社会效益", "提升工作效率", "提升", 2014),
                new Indicator("效益指标", "可持续影响", "长效管理机制", "健全", 2015),
                new Indicator("满意度指标", "服务对象满意度", "使用人员满意度", "≥90%", 2016));
        List<Indicator> annual = List.of(
                new Indicator("产出指标", "数量指标", "租用专线数量", "1条", 2010),
                new Indicator("产出指标", "质量指标", "网络通畅时长", "≥360天/年", 2011),
                new Indicator("产出指标", "时效指标", "费用支付及时性", "2026年12月31日前", 2012),
                new Indicator("产出指标", "成本指标", "专线租用费用", "≤9600元", 2013),
                new Indicator("效益指标", "社会效益", "提升工作效率", "提升", 2014),
                new Indicator("效益指标", "可持续影响", "长效管理机制", "健全", 2015),
                new Indicator("满意度指标", "服务对象满意度", "使用人员满意度", "≥90%", 2016));
        return new PerformanceTarget(TITLE, "网络专线租用", "608-" + DEPARTMENT, "608", DEPARTMENT,
                "经常性项目(长期开展)", "99年", local("28800"), local("9600"),
                "租用数字电路专线一条,租用费为9600元/年。", "《数字电路租用协议》", "业务系统须经专线接入。",
                "按协议约定付费,专款专用。", "2026年1月续签协议,按季度支付租用费。",
                "专线稳定运行,保障业务办理。", "专线全年稳定运行,全年租用费9600元。",
                period, annual, groups(period), "张三", "李四", "0351-0000000", "20251224150159", List.of(), SourceRef.line(2000), SourceRef.line(2017));
    }

    /** A one-off project in the 101号 layout: 12.50万元, all in the budget year. */
    private static PerformanceTarget cityCheckup() {
        List<Indicator> both = List.of(
                new Indicator("产出指标", "数量指标", "形成评估报告", "1份", 2110),
                new Indicator("产出指标", "质量指标", "专家评审通过率", "100%", 2111),
                new Indicator("产出指标", "时效指标", "报告提交时间", "2026年11月底前", 2112),
                new Indicator("成本指标", "经济成本指标", "评估服务费", "≤12.5万元", 2113),
                new Indicator("成本指标", "社会成本指标", "占用道路施工", "0次", 2114),
                new Indicator("效益指标", "社会效益指标", "为城市更新提供依据", "有效", 2115),
                new Indicator("满意度指标", "服务对象满意度指标", "主管部门满意度", "≥90%", 2116));
        return new PerformanceTarget(TITLE, "城市体检评估", "608-" + DEPARTMENT, "608", DEPARTMENT,
                "一次性项目(1年结束)", "1年", local("125000"), local("125000"),
                "开展年度城市体检评估,安排预算12.5万元。", "《关于全面开展城市体检工作的指导意见》",
                "为城市更新提供依据。", "按政府采购程序确定服务单位。",
                "2026年3月确定评估单位,2026年11月底前提交评估报告。",
                "完成城市体检评估。", "2026年完成城市体检评估报告。",
                both, both, groups(both), null, null, null, "2025-12-16", List.of(), SourceRef.line(2100), SourceRef.line(2117));
    }

    /** The reference with a T12 listing only the two projects, no T13, and the two forms. */
    private static Disclosure disclosure() {
        Disclosure reference = Reference.disclosure();
        PrintedTable t12 = reference.table("T12").orElseThrow();
        List<TableRow> rows = List.of(
                new TableRow(List.of(DEPARTMENT, "13.46", "13.46", "", "", "", ""), 900),
                new TableRow(List.of("网络专线租用", "0.96", "0.96", "", "", "", ""), 901),
                new TableRow(List.of("城市体检 评估", "12.50", "12.50", "", "", "", ""), 902));
        PrintedTable small = new PrintedTable(t12.id(), t12.role(), t12.name(), t12.label(), t12.title(), t12.department(), t12.unit(),
                t12.headerRows(), t12.columns(), rows, t12.notes(), SourceRef.line(895));
        List<PrintedTable> tables = new ArrayList<>();
        for (PrintedTable t : reference.tables()) {
            if (t.id().equals("T12")) {
                tables.add(small);
            } else if (!t.id().equals("T13")) {
                tables.add(t);
            }
        }
        Disclosure d = PerformanceForms.withTables(reference, tables);
        return PerformanceForms.withForms(d, List.of(leasedLine(), cityCheckup()));
    }

    @Test
    void cleanFormsRaiseNothing() {
        CheckReport report = new Checker(PerformanceRules.all()).check(disclosure());
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void theFormsArePairedWithTheirProjects() {
        Disclosure d = disclosure();
        CheckContext context = new CheckContext(d, Profile.load(d.metadata().profile()), Catalogue.forYear(d.metadata().fiscalYear()));
        PerformanceMatching m = PerformanceMatching.of(context);
        assertThat(m.matches()).extracting(x -> x.form().projectName() + "=" + x.project().name())
                .containsExactly("网络专线租用=网络专线租用", "城市体检评估=城市体检评估");
        assertThat(m.projectsWithoutForm()).isEmpty();
        assertThat(m.formsWithoutProject()).isEmpty();
        assertThat(PerformanceProject.all(context)).extracting(p -> p.firstRow().source().line()).containsExactly(901, 902);
    }
}
