package org.gongkai.core.check.performance;

import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Severity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.FundsBreakdown;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PerformanceTarget;

/**
 * The 项目资金 block of a form: each column's sources add up to its total (perf.sources-sum), and the
 * 实施期 total is at least the 年度 total — equal for a one-off project (perf.period-vs-annual).
 */
public final class PerformanceFundsRules {

    private PerformanceFundsRules() {
    }

    /** One source of a column: its label and the note field the reader uses for it. */
    private record Source(String label, String key, Amount amount) {
    }

    private static List<Source> sources(FundsBreakdown f) {
        return List.of(
                new Source("中央财政资金", "central", f.central()),
                new Source("省级财政资金", "provincial", f.provincial()),
                new Source("市县(区)财政资金", "local", f.local()),
                new Source("单位自筹", "selfRaised", f.selfRaised()),
                new Source("其他资金", "other", f.other()));
    }

    private static BigDecimal yuan(Amount a) {
        return a.to(MoneyUnit.YUAN).value();
    }

    // ---- perf.sources-sum -----------------------------------------------------------------------

    static void sourcesSum(CheckContext context, Findings out) {
        for (PerformanceTarget form : context.disclosure().performanceTargets()) {
            PerformanceNotes notes = PerformanceNotes.of(context, form);
            for (PerformanceColumn column : PerformanceColumn.values()) {
                FundsBreakdown f = column.funds(form);
                if (f == null || f.total() == null) {
                    continue;
                }
                BigDecimal sum = BigDecimal.ZERO;
                StringJoiner parts = new StringJoiner(" + ");
                List<String> unread = new ArrayList<>();
                boolean any = false;
                for (Source s : sources(f)) {
                    if (s.amount() != null) {
                        any = true;
                        sum = sum.add(yuan(s.amount()));
                        parts.add(s.label() + PerformanceFormat.yuan(s.amount()));
                    } else if (notes.has(column.fundsField() + "." + s.key())) {
                        unread.add(s.label());
                    }
                }
                BigDecimal total = yuan(f.total());
                if (!any || sum.compareTo(total) == 0) {
                    continue;
                }
                var evidence = Findings.evidence(Evidence.FOUND, PerformanceFormat.plain(total), Evidence.EXPECTED,
                        PerformanceFormat.plain(sum), Evidence.DIFFERENCE, PerformanceFormat.plain(total.subtract(sum).abs()));
                String field = column.label() + "资金总额";
                if (!unread.isEmpty()) {
                    out.report(Severity.WARNING, "文本中未见" + column.label() + String.join("、", unread) + "；其余各项之和"
                            + PerformanceFormat.yuan(sum) + "（" + parts + "）与" + field + PerformanceFormat.yuan(total)
                            + "不等，请对照原表", PerformanceProjectRules.at(form, field), evidence);
                } else {
                    out.report(Severity.ERROR, field + PerformanceFormat.yuan(total) + "不等于各资金来源之和"
                            + PerformanceFormat.yuan(sum) + "（" + parts + "）", PerformanceProjectRules.at(form, field), evidence);
                }
            }
        }
    }

    // ---- perf.period-vs-annual ------------------------------------------------------------------

    static void periodVsAnnual(CheckContext context, Findings out) {
        for (PerformanceTarget form : context.disclosure().performanceTargets()) {
            if (form.periodFunds() == null || form.annualFunds() == null
                    || form.periodFunds().total() == null || form.annualFunds().total() == null) {
                continue;
            }
            BigDecimal period = yuan(form.periodFunds().total());
            BigDecimal annual = yuan(form.annualFunds().total());
            var evidence = Findings.evidence(Evidence.PERIOD, PerformanceFormat.plain(period), Evidence.ANNUAL, PerformanceFormat.plain(annual));
            if (period.compareTo(annual) < 0) {
                out.report(Severity.ERROR, "实施期资金总额" + PerformanceFormat.yuan(period) + "小于年度资金总额"
                        + PerformanceFormat.yuan(annual) + "：实施期包含预算年度，其资金不应少于年度资金",
                        PerformanceProjectRules.at(form, "实施期资金总额"), evidence);
            } else if (isOneOff(form) && period.compareTo(annual) != 0) {
                out.report(Severity.WARNING, "项目属性为“" + form.attribute() + "”、项目期为“" + form.projectTerm()
                        + "”，实施期即预算年度，但实施期资金总额" + PerformanceFormat.yuan(period) + "与年度资金总额"
                        + PerformanceFormat.yuan(annual) + "不同；请核实项目期、项目属性或资金",
                        PerformanceProjectRules.at(form, "实施期资金总额"), evidence);
            }
        }
    }

    /** 一次性项目(1年结束), or a 项目期 of one year. */
    private static boolean isOneOff(PerformanceTarget form) {
        String attribute = PerformanceNames.squeeze(form.attribute());
        String term = PerformanceNames.squeeze(form.projectTerm());
        return attribute.contains("一次性") && (term.isEmpty() || term.equals("1年") || term.equals("一年"));
    }
}
