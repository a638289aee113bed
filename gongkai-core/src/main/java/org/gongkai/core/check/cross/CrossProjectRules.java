package org.gongkai.core.check.cross;

import static org.gongkai.core.check.cross.CrossTables.against;
import static org.gongkai.core.check.cross.CrossTables.codes;
import static org.gongkai.core.check.cross.CrossTables.scale;
import static org.gongkai.core.check.cross.CrossTables.summary;

import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.check.engine.Tolerance;
import org.gongkai.core.check.view.TableCodes;
import org.gongkai.core.check.view.TableProjects;
import org.gongkai.core.check.view.TableSummary;
import org.gongkai.core.check.view.TableSums;
import org.gongkai.core.check.view.TableView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TableRole;


/**
 * Rules of the family 表间勾稽 (domain.md §3, "Across tables"): the project tables (本年, 上年结转) against the expenditure tables. Tables are found by their role
 * in the profile; amounts are compared in the comparison unit (see {@link TableView#findInComparisonUnit}).
 */
final class CrossProjectRules {

    static final Rule CURRENT_PROJECTS_TOTAL = Rule.of("cross.current-projects-total", Category.CROSS_TABLE, Severity.ERROR,
            "{PROJECTS_CURRENT_YEAR}合计（部门行）的一般公共预算等于{GENERAL_BUDGET_BY_FUNCTION}“项目支出”合计；政府性基金预算等于{GOVERNMENT_FUND_EXPENDITURE}、国有资本经营预算等于{STATE_CAPITAL}的“项目支出”合计",
            CrossProjectRules::currentProjectsTotal).alias("cross.t12-t5");

    static final Rule CARRYOVER_PROJECTS_TOTAL = Rule.of("cross.carryover-projects-total", Category.CROSS_TABLE, Severity.ERROR,
            "{PROJECTS_CARRYOVER}合计（部门行）等于{REVENUE_BY_FUNCTION}“上年结转”合计（上年结转全部为财政拨款且无基本支出时相等，否则不大于）",
            CrossProjectRules::carryoverProjectsTotal).alias("cross.t13-t2");

    static final Rule CARRYOVER_PROJECTS_CODES = Rule.of("cross.carryover-projects-codes", Category.CROSS_TABLE, Severity.WARNING,
            "{PROJECTS_CARRYOVER}各结转项目能按功能科目对应到{REVENUE_BY_FUNCTION}（{EXPENDITURE_BY_FUNCTION}）各科目的上年结转：项目金额可分组，使每组之和等于某一科目的上年结转",
            CrossProjectRules::carryoverProjectsCodes).alias("cross.t13-codes");

    private CrossProjectRules() {
    }

    // ---- cross.current-projects-total -------------------------------------------------------------------------

    static void currentProjectsTotal(CheckContext c, Findings out) {
        Optional<TableView> t12 = TableView.findInComparisonUnit(c, TableRole.PROJECTS_CURRENT_YEAR);
        if (t12.isEmpty()) {
            return;
        }
        TableProjects p = TableProjects.of(t12.get(), c);
        TableView v = p.view();
        Map<String, TableRole> byColumn = Map.of(
                "generalBudget", TableRole.GENERAL_BUDGET_BY_FUNCTION,
                "governmentFund", TableRole.GOVERNMENT_FUND_EXPENDITURE,
                "stateCapital", TableRole.STATE_CAPITAL);
        String totalLabel = p.department().map(p::name).orElse("合计");
        for (String key : List.of("generalBudget", "governmentFund", "stateCapital")) {
            Optional<TableCodes> detail = codes(c, byColumn.get(key));
            if (!v.has(key) || detail.isEmpty() || !detail.get().view().has("project")) {
                continue;
            }
            TableCodes d = detail.get();
            TableSums.compare(out, Severity.ERROR, p.totalLocation(key), v.cell(totalLabel, key),
                    d.view().cell(d.totalLabel(), "project"), p.total(key), d.total("project"), 1, scale(v, d.view()),
                    against(d.totalLocation("project")));
        }
    }

    // ---- cross.carryover-projects-total -------------------------------------------------------------------------

    static void carryoverProjectsTotal(CheckContext c, Findings out) {
        Optional<TableView> t13 = TableView.findInComparisonUnit(c, TableRole.PROJECTS_CARRYOVER);
        Optional<TableCodes> t2 = codes(c, TableRole.REVENUE_BY_FUNCTION);
        if (t13.isEmpty() || t2.isEmpty() || !t2.get().view().has("carryover") || !t13.get().has("total")) {
            return;
        }
        TableProjects p = TableProjects.of(t13.get(), c);
        TableView v = p.view();
        TableCodes r = t2.get();
        int scale = scale(v, r.view());
        BigDecimal carry2 = r.total("carryover");
        String totalLabel = p.department().map(p::name).orElse("合计");
        String what = r.view().cell(r.totalLabel(), "carryover");
        if (carryoverIsAllProjectFiscal(c, carry2, scale)) {
            TableSums.compare(out, Severity.ERROR, p.totalLocation("total"), v.cell(totalLabel, "total"), what,
                    p.total("total"), carry2, 1, scale, against(r.totalLocation("carryover")));
        } else {
            TableSums.atMost(out, Severity.ERROR, p.totalLocation("total"), v.cell(totalLabel, "total"), p.total("total"),
                    what, carry2, 1, scale, against(r.totalLocation("carryover")));
        }
    }

    /**
     * Whether every 上年结转 is 财政拨款 for projects: T4's 上年财政拨款结转 equals T2's 上年结转 (or
     * T4 is absent), and T3's 基本支出 is no more than the current year's 基本支出 of T5, T8 and T9.
     */
    static boolean carryoverIsAllProjectFiscal(CheckContext c, BigDecimal carry2, int scale) {
        Optional<TableSummary> t4 = summary(c, TableRole.FISCAL_SUMMARY);
        if (t4.isPresent()) {
            TableSummary f = t4.get();
            BigDecimal carry4 = f.carryover().map(b -> f.view().amount(b.head(), f.income().amountKeys.get(0))).orElse(null);
            if (Tolerance.compare(TableSums.orZero(carry2), TableSums.orZero(carry4), 1, scale) == Tolerance.Outcome.MISMATCH) {
                return false;
            }
        }
        Optional<TableCodes> t3 = codes(c, TableRole.EXPENDITURE_BY_FUNCTION);
        if (t3.isEmpty() || !t3.get().view().has("basic")) {
            return false;
        }
        BigDecimal basic3 = TableSums.orZero(t3.get().total("basic"));
        BigDecimal current = BigDecimal.ZERO;
        for (TableRole l : List.of(TableRole.GENERAL_BUDGET_BY_FUNCTION, TableRole.GOVERNMENT_FUND_EXPENDITURE,
                TableRole.STATE_CAPITAL)) {
            Optional<TableCodes> t = codes(c, l);
            if (t.isPresent() && t.get().view().has("basic")) {
                current = current.add(TableSums.orZero(t.get().total("basic")));
            }
        }
        return basic3.compareTo(current.add(Tolerance.envelope(3, scale))) <= 0;
    }

    // ---- cross.carryover-projects-codes ----------------------------------------------------------------------

    /** Above this many projects the search for a split is not attempted. */
    static final int MAX_PROJECTS = 24;
    /** Bounds the search for a split of the projects over the codes. */
    static final int MAX_STEPS = 500_000;

    static void carryoverProjectsCodes(CheckContext c, Findings out) {
        Optional<TableView> t13 = TableView.findInComparisonUnit(c, TableRole.PROJECTS_CARRYOVER);
        Optional<TableCodes> t2 = codes(c, TableRole.REVENUE_BY_FUNCTION);
        if (t13.isEmpty() || t2.isEmpty() || !t2.get().view().has("carryover")) {
            return;
        }
        TableProjects p = TableProjects.of(t13.get(), c);
        TableView v = p.view();
        List<BigDecimal> amounts = new ArrayList<>();
        for (TableRow row : p.projects()) {
            BigDecimal a = v.amount(row, "total");
            if (a != null && a.signum() != 0) {
                amounts.add(a);
            }
        }
        TableCodes r = t2.get();
        List<String> codes = new ArrayList<>();
        List<BigDecimal> targets = new ArrayList<>();
        for (TableCodes.CodeRow leaf : r.leaves()) {
            BigDecimal carry = r.view().amount(leaf.row(), "carryover");
            if (carry != null && carry.signum() != 0) {
                codes.add(leaf.label());
                targets.add(carry);
            }
        }
        if (amounts.isEmpty() || targets.isEmpty() || amounts.size() > MAX_PROJECTS) {
            return;
        }
        BigDecimal sumAmounts = amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal sumTargets = targets.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sumAmounts.compareTo(sumTargets) != 0) {
            return;
        }
        amounts.sort(java.util.Comparator.reverseOrder());
        int scale = scale(v, r.view());
        Split split = new Split(amounts, targets, scale);
        Boolean found = split.search(0);
        if (found == null || found) {
            return;
        }
        List<TableSums.Term> terms = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            terms.add(new TableSums.Term(codes.get(i), targets.get(i)));
        }
        out.report(v.name() + "的 " + amounts.size() + " 个结转项目（合计 " + sumAmounts.toPlainString()
                        + "）无法按科目分组，使各组之和分别等于" + r.view().name() + "各科目的上年结转（"
                        + TableSums.describe(terms) + "）；请核对结转项目的金额或科目",
                v.atTable(), Findings.evidence(Evidence.PROJECTS, amounts.toString(), Evidence.CARRYOVER_BY_CODE, TableSums.describe(terms)));
    }

    /** Whether the project amounts can be split into groups summing to the targets (within rounding). */
    static final class Split {
        final List<BigDecimal> amounts;
        final List<BigDecimal> targets;
        final BigDecimal[] sums;
        final int[] counts;
        final int scale;
        int steps;

        Split(List<BigDecimal> amounts, List<BigDecimal> targets, int scale) {
            this.amounts = amounts;
            this.targets = targets;
            this.sums = new BigDecimal[targets.size()];
            this.counts = new int[targets.size()];
            java.util.Arrays.fill(sums, BigDecimal.ZERO);
            this.scale = scale;
        }

        /** True when a split exists, false when none does, null when the search was cut short. */
        Boolean search(int k) {
            if (++steps > MAX_STEPS) {
                return null;
            }
            if (k == amounts.size()) {
                for (int i = 0; i < targets.size(); i++) {
                    if (Tolerance.compare(targets.get(i), sums[i], Math.max(counts[i], 1), scale) == Tolerance.Outcome.MISMATCH) {
                        return false;
                    }
                }
                return true;
            }
            BigDecimal a = amounts.get(k);
            BigDecimal slack = Tolerance.envelope(amounts.size(), scale);
            for (int i = 0; i < targets.size(); i++) {
                BigDecimal next = sums[i].add(a);
                if (next.compareTo(targets.get(i).add(slack)) > 0) {
                    continue;
                }
                sums[i] = next;
                counts[i]++;
                Boolean found = search(k + 1);
                sums[i] = sums[i].subtract(a);
                counts[i]--;
                if (found == null || found) {
                    return found;
                }
            }
            return false;
        }
    }

}
