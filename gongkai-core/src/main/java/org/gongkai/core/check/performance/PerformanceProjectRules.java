package org.gongkai.core.check.performance;

import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Severity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.FundsBreakdown;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.ReadingNote;
import org.gongkai.core.model.TableRole;

/**
 * The performance forms against the project tables: one form per project (perf.table-per-project),
 * the same name on both (perf.name-mismatch), and 年度资金总额 = the project's amount
 * (perf.annual-funds).
 */
public final class PerformanceProjectRules {

    /** Half of the last printed unit of a 万元 amount with two decimals, in 元. */
    private static final BigDecimal WAN_ROUNDING = new BigDecimal("50");

    private PerformanceProjectRules() {
    }

    static Location at(PerformanceTarget form, String field) {
        return Location.ofProject(form.projectName(), field, form.source());
    }

    private static Location atRow(PerformanceProject p) {
        PerformanceProject.Row r = p.firstRow();
        return new Location("绩效目标表", r.table(), null, null, p.name(), null, null, r.source());
    }

    private static boolean hasProjectTables(CheckContext context) {
        return context.table(TableRole.PROJECTS_CURRENT_YEAR).isPresent() || context.table(TableRole.PROJECTS_CARRYOVER).isPresent();
    }

    // ---- perf.table-per-project -----------------------------------------------------------------

    static void tablePerProject(CheckContext context, Findings out) {
        if (!hasProjectTables(context)) {
            return;
        }
        PerformanceMatching m = PerformanceMatching.of(context);
        for (PerformanceProject p : m.projectsWithoutForm()) {
            if (p.hasCurrentYear()) {
                BigDecimal wan = p.amount(FundYear.CURRENT_YEAR);
                out.report(Severity.ERROR, p.tables() + "中的项目“" + p.name() + "”（" + PerformanceFormat.wanWithYuan(wan)
                                + "）没有绩效目标表", atRow(p),
                        Findings.evidence(Evidence.PROJECT, p.name(), Evidence.TABLE, p.tables(), Evidence.AMOUNT, wan.toPlainString()));
            } else {
                out.report(Severity.INFO, context.tableName(TableRole.PROJECTS_CARRYOVER) + "（上年结转）中的项目“" + p.name() + "”（" + rowsText(p)
                                + "）没有绩效目标表；上年结转资金一般沿用该项目原已批复的绩效目标，"
                                + "如本地要求结转项目也公开绩效目标表，请补充", atRow(p),
                        Findings.evidence(Evidence.PROJECT, p.name(), Evidence.TABLE, context.tableName(TableRole.PROJECTS_CARRYOVER), Evidence.AMOUNT, p.total().toPlainString()));
            }
        }
        for (PerformanceTarget form : m.formsWithoutProject()) {
            out.report(Severity.ERROR, "绩效目标表“" + form.projectName() + "”在项目支出预算表（" + context.tableName(TableRole.PROJECTS_CURRENT_YEAR) + "、"
                            + context.tableName(TableRole.PROJECTS_CARRYOVER) + "）中没有对应的项目",
                    at(form, "项目名称"), Findings.evidence(Evidence.PROJECT, form.projectName()));
        }
        for (PerformanceMatching.Duplicate d : m.duplicates()) {
            out.report(Severity.ERROR, "项目“" + d.project().name() + "”有两张绩效目标表（第" + d.first().line() + "行与第"
                            + d.form().line() + "行）", at(d.form(), "项目名称"),
                    Findings.evidence(Evidence.PROJECT, d.project().name(), Evidence.FIRST, String.valueOf(d.first().line()),
                            Evidence.SECOND, String.valueOf(d.form().line())));
        }
    }

    private static String rowsText(PerformanceProject p) {
        if (p.rows().size() == 1) {
            return p.rows().get(0).amount().toPlainString() + "万元";
        }
        StringJoiner j = new StringJoiner("、", p.rows().size() + "行：", "，共" + p.total().toPlainString() + "万元");
        p.rows().forEach(r -> j.add(r.amount().toPlainString() + "万元"));
        return j.toString();
    }

    // ---- perf.name-mismatch ---------------------------------------------------------------------

    static void nameMismatch(CheckContext context, Findings out) {
        if (!hasProjectTables(context)) {
            return;
        }
        for (PerformanceMatching.Match match : PerformanceMatching.of(context).matches()) {
            PerformanceTarget form = match.form();
            PerformanceProject p = match.project();
            var evidence = Findings.evidence(Evidence.FORM, form.projectName(), Evidence.TABLE, p.name());
            switch (match.similarity().kind()) {
                case WIDTH -> out.report(Severity.INFO, "绩效目标表的项目名称“" + form.projectName() + "”与" + p.tables() + "的“"
                        + p.name() + "”只是括号或标点的全角、半角不同", at(form, "项目名称"), evidence);
                case NEAR -> {
                    evidence.put(Evidence.DISTANCE.key(), String.valueOf(match.similarity().distance()));
                    out.report(Severity.ERROR, "名称不一致：绩效目标表的项目名称为“" + form.projectName() + "”，" + p.tables()
                            + "中为“" + p.name() + "”，同一项目应使用同一名称", at(form, "项目名称"), evidence);
                }
                default -> {
                }
            }
        }
    }

    // ---- perf.annual-funds ----------------------------------------------------------------------

    static void annualFunds(CheckContext context, Findings out) {
        if (!hasProjectTables(context)) {
            return;
        }
        for (PerformanceMatching.Match match : PerformanceMatching.of(context).matches()) {
            PerformanceTarget form = match.form();
            PerformanceProject p = match.project();
            BigDecimal expectedWan = p.expectedAnnualAmount();
            Amount annual = form.annualFunds() == null ? null : form.annualFunds().total();
            if (annual == null) {
                missingAnnualTotal(form, p, expectedWan, out);
                continue;
            }
            BigDecimal found = annual.to(MoneyUnit.YUAN).value();
            BigDecimal closest = null;
            for (BigDecimal wan : p.acceptedAnnualAmounts()) {
                BigDecimal diff = Amount.wan(wan).to(MoneyUnit.YUAN).value().subtract(found).abs();
                if (closest == null || diff.compareTo(closest) < 0) {
                    closest = diff;
                }
            }
            if (closest == null || closest.signum() == 0) {
                continue;
            }
            BigDecimal expected = Amount.wan(expectedWan).to(MoneyUnit.YUAN).value();
            BigDecimal difference = expected.subtract(found).abs();
            var evidence = Findings.evidence(Evidence.FOUND, PerformanceFormat.plain(found),
                    Evidence.EXPECTED, PerformanceFormat.plain(expected), Evidence.DIFFERENCE, PerformanceFormat.plain(difference));
            if (closest.compareTo(WAN_ROUNDING) <= 0) {
                out.report(Severity.INFO, "年度资金总额" + PerformanceFormat.yuan(found) + "与" + p.tables() + "的"
                        + PerformanceFormat.wanWithYuan(expectedWan) + "相差" + PerformanceFormat.yuan(difference)
                        + "，在万元保留两位小数的尾差范围内", at(form, "年度资金总额"), evidence);
            } else {
                out.report(Severity.ERROR, "年度资金总额" + PerformanceFormat.yuan(found) + "与" + p.tables() + "中该项目的"
                        + PerformanceFormat.wanWithYuan(expectedWan) + "不一致，相差" + PerformanceFormat.yuan(difference),
                        at(form, "年度资金总额"), evidence);
            }
        }
    }

    private static void missingAnnualTotal(PerformanceTarget form, PerformanceProject p, BigDecimal expectedWan,
                                           Findings out) {
        Optional<ReadingNote> note = new PerformanceNotes(form).about("annualFunds.total");
        var evidence = Findings.evidence(Evidence.EXPECTED, PerformanceFormat.plain(Amount.wan(expectedWan).to(MoneyUnit.YUAN).value()));
        String against = "，未能与" + p.tables() + "的" + PerformanceFormat.wanWithYuan(expectedWan) + "核对";
        if (note.isPresent()) {
            String why = allBlank(form.annualFunds())
                    ? "（年度一栏的各项资金在文本中均为空，可能是原表未填写，也可能是提取时丢失，请对照原表）"
                    : "（可能是原表未填写，也可能是提取时丢失，请对照原表）";
            Location where = Location.ofProject(form.projectName(), "年度资金总额", note.get().source());
            out.report(Severity.WARNING, "文本中未见年度资金总额" + why + against, where, evidence);
        } else {
            out.report(Severity.ERROR, "年度资金总额未填写" + against, at(form, "年度资金总额"), evidence);
        }
    }

    static boolean allBlank(FundsBreakdown f) {
        return f == null || List.of(Optional.ofNullable(f.total()), Optional.ofNullable(f.central()),
                Optional.ofNullable(f.provincial()), Optional.ofNullable(f.local()), Optional.ofNullable(f.selfRaised()),
                Optional.ofNullable(f.other())).stream().allMatch(Optional::isEmpty);
    }
}
