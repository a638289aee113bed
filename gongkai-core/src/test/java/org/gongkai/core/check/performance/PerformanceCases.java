package org.gongkai.core.check.performance;

import static org.gongkai.core.check.CaseDocuments.generated;
import static org.gongkai.core.check.CaseDocuments.reference;
import static org.gongkai.core.check.performance.PerformanceColumn.ANNUAL;
import static org.gongkai.core.check.performance.PerformanceColumn.PERIOD;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import org.gongkai.core.check.RuleCase;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.FundsBreakdown;
import org.gongkai.core.model.Indicator;

/**
 * 绩效目标表: one form of the reference damaged per rule, or the reference's own mistake. The rules
 * the reference breaks are passed by a document generated from consistent facts; the others by the
 * reference. Figures typed by hand from samples/shanxi-zonggai-jianguanbu-2026.txt (line numbers given).
 */
public final class PerformanceCases {

    private PerformanceCases() {
    }

    public static List<RuleCase> all() {
        return List.of(
                // T12 line 371: 质量安全技术服务 is the 44th project; none of the 43 forms (lines 463–1933) is for it
                RuleCase.of("perf.table-per-project", "表十二项目没有绩效目标表（参考文本原有错误）",
                        () -> reference(), () -> generated(), "表十二中的项目“质量安全技术服务”", "260.00万元", "没有绩效目标表"),
                // form line 467: 项目名称 临时人员工资; T12 line 348: 临聘人员工资 44.00, the form's funds 440,000 元
                RuleCase.of("perf.name-mismatch", "绩效目标表项目名称与表十二相差一字（参考文本原有错误）",
                        () -> reference(), () -> generated(), "名称不一致", "“临时人员工资”", "表十二中为“临聘人员工资”"),
                // 培训宣传费 (line 733): 年度资金总额 50000 元 (T12 5.00 万元) printed 60000
                RuleCase.of("perf.annual-funds", "年度资金总额与项目支出预算表不符",
                        () -> change("培训宣传费", f -> {
                            f.annualFunds = local("60000", "60000");
                            return f;
                        }), () -> generated(), "年度资金总额60,000元", "表十二中该项目的5.00万元（50,000元）", "相差10,000元"),
                // 培训宣传费 (line 733): 年度资金总额 50000, 市县财政资金 40000, the other sources 0
                RuleCase.of("perf.sources-sum", "年度资金总额不等于各来源之和",
                        () -> change("培训宣传费", f -> {
                            f.annualFunds = local("50000", "40000");
                            return f;
                        }), () -> reference(), "年度资金总额50,000元", "各资金来源之和40,000元"),
                // 培训宣传费 (line 733): 实施期资金总额 40000 below 年度 50000
                RuleCase.of("perf.period-vs-annual", "实施期资金总额小于年度资金总额",
                        () -> change("培训宣传费", f -> {
                            f.periodFunds = local("40000", "40000");
                            return f;
                        }), () -> generated(), "实施期资金总额40,000元", "小于年度资金总额50,000元"),
                // 城市生命线智慧平台 (line 1830): 减少环境污染 (二级 生态效益) put under 产出指标
                RuleCase.of("perf.tree", "效益类二级指标列在产出指标下",
                        () -> change("城市生命线智慧平台", f -> f.indicator(PERIOD, "减少环境污染",
                                i -> new Indicator("产出指标", i.level2(), i.name(), i.value(), i.line()))),
                        () -> reference(), "“减少环境污染”", "二级指标“生态效益”应在一级指标“效益指标”之下", "列在“产出指标”之下"),
                // 人防专项 (line 1238): the 实施期 value of 开展人防宣传活动 taken away
                RuleCase.of("perf.value-missing", "三级指标没有指标值",
                        () -> change("人防专项", f -> f.value(PERIOD, "开展人防宣传活动", null)), () -> generated(),
                        "实施期指标“开展人防宣传活动”没有指标值"),
                // 人防专项 (line 1238): value "≥次", a unit without a number
                RuleCase.of("perf.value-format", "指标值只有运算符和单位",
                        () -> change("人防专项", f -> f.value(PERIOD, "开展人防宣传活动", "≥次")), () -> reference(),
                        "“开展人防宣传活动”", "“≥次”无法识别"),
                // 临时人员工资 (line 486): 聘用人员 120% in both columns; not a rate that may exceed 100%
                RuleCase.of("perf.percent-range", "非比率指标的百分比超过100%",
                        () -> change("临时人员工资", f -> f.value(PERIOD, "聘用人员", "120%").value(ANNUAL, "聘用人员", "120%")),
                        () -> generated(), "“聘用人员”", "“120%”超过100%"),
                // 党建经费 (lines 500–523): 年度资金总额 26,000 元 (T12 line 332: 2.60 万元), 年度 cost target ≤4万元
                RuleCase.of("perf.cost", "成本指标高于资金总额（参考文本原有错误）",
                        () -> reference(), () -> generated(), "“控制在预算批复范围内”", "“≤4万元”（40,000元）",
                        "同栏资金总额26,000元"),
                // 燃气安全生产技术服务 (line 1005): 周边群众满意度 ≤90% in both columns
                RuleCase.of("perf.satisfaction", "满意度指标写作≤90%（参考文本原有错误）",
                        () -> reference(), () -> generated(), "“周边群众满意度”", "“≤90%”方向相反", "应为“≥”"),
                // 人防专项 (line 1216): 项目概况 says 35万元 for 2026, 年度资金总额 300000 元
                RuleCase.of("perf.text-amounts", "项目概况所写金额与年度资金总额不符",
                        () -> change("人防专项", f -> {
                            f.overview = f.overview + "2026年安排预算35万元。";
                            return f;
                        }), () -> generated(), "“2026年安排预算35万元”", "35万元（350,000元）", "年度资金总额300,000元"),
                // 应急经费 (line 550): 项目实施计划 按照年初计划,于2025年3月通过询价等方式确定物资采购单位
                RuleCase.of("perf.dates", "实施计划时间早于预算年度（参考文本原有错误）",
                        () -> reference(), () -> generated(), "于2025年3月通过询价等方式确定物资采购单位", "早于预算年度2026年"),
                // 人防专项 (line 1216): 实施单位 left blank
                RuleCase.of("perf.header", "表头缺少实施单位",
                        () -> change("人防专项", f -> {
                            f.implementingUnit = null;
                            return f;
                        }), () -> generated(), "实施单位未填写"));
    }

    private static Disclosure change(String project, UnaryOperator<PerformanceForms.Form> change) {
        return PerformanceForms.change(reference(), project, change);
    }

    /** Funds in 元 of {@code total}, all from 市县（区）财政 ({@code local}), the other sources 0. */
    private static FundsBreakdown local(String total, String local) {
        return new FundsBreakdown(yuan(total), yuan("0"), yuan("0"), yuan(local), yuan("0"), null);
    }

    private static Amount yuan(String v) {
        return Amount.yuan(new BigDecimal(v));
    }
}
