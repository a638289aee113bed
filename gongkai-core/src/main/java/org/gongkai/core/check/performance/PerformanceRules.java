package org.gongkai.core.check.performance;

import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;

import java.util.List;

/**
 * Rules of the family 绩效目标表 (domain.md §4): the 项目支出绩效目标表 against the project tables
 * (T12/T13), their funds, their indicator tree and values, and their texts.
 *
 * <p>Where the form reader left a {@link org.gongkai.core.model.ReadingNote} — the text has no value
 * there, or a label had to be taken from the other column — no rule blames the department: a
 * missing value is reported as a WARNING that says the text does not show it ("文本中未见…"), and
 * checks that depend on an indicator's group skip indicators whose group the reader had to guess.
 */
public final class PerformanceRules {

    static final Rule TABLE_PER_PROJECT = Rule.of("perf.table-per-project", Category.PERFORMANCE, Severity.ERROR,
            "每个项目（{PROJECTS_CURRENT_YEAR}本年预算、{PROJECTS_CARRYOVER}上年结转）都有一张绩效目标表，每张绩效目标表都对应一个项目，"
                    + "同一项目不重复；上年结转项目没有绩效目标表时只作提示",
            PerformanceProjectRules::tablePerProject);

    static final Rule NAME_MISMATCH = Rule.of("perf.name-mismatch", Category.PERFORMANCE, Severity.ERROR,
            "绩效目标表的项目名称与项目支出预算表一致；相差一两个字或一个名称包含另一个的，按同一项目报“名称不一致”，"
                    + "只是括号、标点全角半角不同的只作提示",
            PerformanceProjectRules::nameMismatch);

    static final Rule ANNUAL_FUNDS = Rule.of("perf.annual-funds", Category.PERFORMANCE, Severity.ERROR,
            "年度资金总额（元）等于项目支出预算表中该项目的金额（万元×10000），可为本年预算、上年结转或两者之和",
            PerformanceProjectRules::annualFunds);

    static final Rule SOURCES_SUM = Rule.of("perf.sources-sum", Category.PERFORMANCE, Severity.ERROR,
            "实施期、年度两栏的资金总额分别等于中央、省级、市县（区）财政资金、单位自筹与其他资金之和",
            PerformanceFundsRules::sourcesSum);

    static final Rule PERIOD_VS_ANNUAL = Rule.of("perf.period-vs-annual", Category.PERFORMANCE, Severity.ERROR,
            "实施期资金总额不小于年度资金总额；一次性项目（项目期1年）两者应相等",
            PerformanceFundsRules::periodVsAnnual);

    static final Rule TREE = Rule.of("perf.tree", Category.PERFORMANCE, Severity.ERROR,
            "指标体系：产出、效益、满意度指标下各至少有一个三级指标；每个二级指标在其所属一级指标之下"
                    + "（成本指标在产出指标下，或按财预〔2021〕101号作为一级指标，两者均可）",
            PerformanceIndicatorRules::tree);

    static final Rule VALUE_MISSING = Rule.of("perf.value-missing", Category.PERFORMANCE, Severity.ERROR,
            "每个三级指标都有指标值；文本中缺少的只作警告",
            PerformanceIndicatorRules::valueMissing);

    static final Rule VALUE_FORMAT = Rule.of("perf.value-format", Category.PERFORMANCE, Severity.WARNING,
            "指标值可以识别：运算符（≥ ≤ = > < 或无）、数值和单位，或定性表述",
            PerformanceIndicatorRules::valueFormat);

    static final Rule PERCENT_RANGE = Rule.of("perf.percent-range", Category.PERFORMANCE, Severity.ERROR,
            "百分比在0至100%之间；只有完成率、达标率、合格率等比率可以超过或写作“≥100%”",
            PerformanceIndicatorRules::percentRange);

    static final Rule COST = Rule.of("perf.cost", Category.PERFORMANCE, Severity.ERROR,
            "成本指标以金额（元、万元）为上限，且不高于同一栏（实施期、年度）的资金总额",
            PerformanceIndicatorRules::cost);

    static final Rule SATISFACTION = Rule.of("perf.satisfaction", Category.PERFORMANCE, Severity.ERROR,
            "满意度指标为百分比下限（≥x%）：“≤”方向相反为错误，100%难以实现为警告",
            PerformanceIndicatorRules::satisfaction);

    static final Rule TEXT_AMOUNTS = Rule.of("perf.text-amounts", Category.PERFORMANCE, Severity.WARNING,
            "项目概况、实施计划、总体目标等文字中写明的金额与资金总额一致（指预算年度的与年度资金总额一致）",
            PerformanceTextRules::textAmounts);

    static final Rule DATES = Rule.of("perf.dates", Category.PERFORMANCE, Severity.WARNING,
            "项目实施计划和时效指标中的时间不早于预算年度",
            PerformanceTextRules::dates);

    static final Rule HEADER = Rule.of("perf.header", Category.PERFORMANCE, Severity.ERROR,
            "表头必填项齐全：项目名称、主管部门及代码、实施单位、项目属性、项目期、项目资金、总体目标、填报日期",
            PerformanceTextRules::header);

    private PerformanceRules() {
    }

    public static List<Rule> all() {
        return List.of(TABLE_PER_PROJECT, NAME_MISMATCH, ANNUAL_FUNDS, SOURCES_SUM, PERIOD_VS_ANNUAL, TREE,
                VALUE_MISSING, VALUE_FORMAT, PERCENT_RANGE, COST, SATISFACTION, TEXT_AMOUNTS, DATES, HEADER);
    }
}
