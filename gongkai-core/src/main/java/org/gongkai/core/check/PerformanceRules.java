package org.gongkai.core.check;

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
final class PerformanceRules {

    static final Rule TABLE_PER_PROJECT = PerformanceRule.of("perf.table-per-project", Severity.ERROR,
            "每个项目（表十二本年预算、表十三上年结转）都有一张绩效目标表，每张绩效目标表都对应一个项目，"
                    + "同一项目不重复；上年结转项目没有绩效目标表时只作提示",
            PerformanceProjectRules::tablePerProject);

    static final Rule NAME_MISMATCH = PerformanceRule.of("perf.name-mismatch", Severity.ERROR,
            "绩效目标表的项目名称与项目支出预算表一致；相差一两个字或一个名称包含另一个的，按同一项目报“名称不一致”，"
                    + "只是括号、标点全角半角不同的只作提示",
            PerformanceProjectRules::nameMismatch);

    static final Rule ANNUAL_FUNDS = PerformanceRule.of("perf.annual-funds", Severity.ERROR,
            "年度资金总额（元）等于项目支出预算表中该项目的金额（万元×10000），可为本年预算、上年结转或两者之和",
            PerformanceProjectRules::annualFunds);

    static final Rule SOURCES_SUM = PerformanceRule.of("perf.sources-sum", Severity.ERROR,
            "实施期、年度两栏的资金总额分别等于中央、省级、市县（区）财政资金、单位自筹与其他资金之和",
            PerformanceFundsRules::sourcesSum);

    static final Rule PERIOD_VS_ANNUAL = PerformanceRule.of("perf.period-vs-annual", Severity.ERROR,
            "实施期资金总额不小于年度资金总额；一次性项目（项目期1年）两者应相等",
            PerformanceFundsRules::periodVsAnnual);

    private PerformanceRules() {
    }

    static List<Rule> all() {
        return List.of(TABLE_PER_PROJECT, NAME_MISMATCH, ANNUAL_FUNDS, SOURCES_SUM, PERIOD_VS_ANNUAL);
    }
}
