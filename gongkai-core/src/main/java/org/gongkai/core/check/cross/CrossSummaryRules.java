package org.gongkai.core.check.cross;

import static org.gongkai.core.check.cross.CrossTables.perCode;
import static org.gongkai.core.check.cross.CrossTables.against;
import static org.gongkai.core.check.cross.CrossTables.codes;
import static org.gongkai.core.check.cross.CrossTables.scale;
import static org.gongkai.core.check.cross.CrossTables.summary;
import static org.gongkai.core.check.cross.CrossTables.FISCAL;

import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.check.engine.Tolerance;
import org.gongkai.core.check.view.TableClasses;
import org.gongkai.core.check.view.TableCodes;
import org.gongkai.core.check.view.TableSummary;
import org.gongkai.core.check.view.TableSums;
import org.gongkai.core.check.view.TableView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TableRole;


/**
 * Rules of the family 表间勾稽 (domain.md §3, "Across tables"): the 收支总表 and the 财政拨款收支总表 against the tables by 科目 (totals, sources, classes). Tables are found by their role
 * in the profile; amounts are compared in the comparison unit (see {@link TableView#findInComparisonUnit}).
 */
final class CrossSummaryRules {

    static final Rule REVENUE_TOTAL_SUMMARY = Rule.of("cross.revenue-total-summary", Category.CROSS_TABLE, Severity.ERROR,
            "{REVENUE_BY_FUNCTION}“合计”行与{BUDGET_SUMMARY}收入一致：本年收入合计、各资金来源（一般公共预算、政府性基金预算等）、上年结转",
            CrossSummaryRules::revenueTotalSummary).alias("cross.t2-t1");

    static final Rule EXPENDITURE_REVENUE_CODES = Rule.of("cross.expenditure-revenue-codes", Category.CROSS_TABLE, Severity.ERROR,
            "{EXPENDITURE_BY_FUNCTION}各科目（及合计）的“合计”等于{REVENUE_BY_FUNCTION}同一科目本年收入“合计”与“上年结转”之和",
            CrossSummaryRules::expenditureRevenueCodes).alias("cross.t3-t2");

    static final Rule SUMMARY_CLASSES = Rule.of("cross.summary-classes", Category.CROSS_TABLE, Severity.ERROR,
            "{BUDGET_SUMMARY}各类支出与明细表一致：“合计”等于{EXPENDITURE_BY_FUNCTION}该类合计，“当年预算安排”等于{REVENUE_BY_FUNCTION}该类本年收入合计，"
                    + "“上年结转安排”等于{REVENUE_BY_FUNCTION}该类上年结转",
            CrossSummaryRules::summaryClasses).alias("cross.t1-classes");

    static final Rule FISCAL_SUMMARY_INCOME = Rule.of("cross.fiscal-summary-income", Category.CROSS_TABLE, Severity.ERROR,
            "{FISCAL_SUMMARY}收入与{BUDGET_SUMMARY}一致：一般公共预算、政府性基金预算、国有资本经营预算各项相等，上年财政拨款结转不大于{BUDGET_SUMMARY}上年结转",
            CrossSummaryRules::fiscalSummaryIncome).alias("cross.t4-t1");

    static final Rule FISCAL_SUMMARY_CLASSES = Rule.of("cross.fiscal-summary-classes", Category.CROSS_TABLE, Severity.ERROR,
            "{FISCAL_SUMMARY}各类支出“小计”与{REVENUE_BY_FUNCTION}一致：等于{REVENUE_BY_FUNCTION}该类财政拨款（三本预算）本年收入与财政拨款上年结转之和"
                    + "（上年结转全部为财政拨款时相等，否则介于二者之间）",
            CrossSummaryRules::fiscalSummaryClasses).alias("cross.t4-classes");

    static final Rule FISCAL_CLASSES_BUDGETS = Rule.of("cross.fiscal-classes-budgets", Category.CROSS_TABLE, Severity.ERROR,
            "{FISCAL_SUMMARY}各类支出包含本年安排：一般公共预算列不小于{GENERAL_BUDGET_BY_FUNCTION}该类合计，政府性基金预算列不小于{GOVERNMENT_FUND_EXPENDITURE}该类合计，"
                    + "国有资本经营预算列不小于{STATE_CAPITAL}该类合计",
            CrossSummaryRules::fiscalClassesBudgets).alias("cross.t4-t5");

    private CrossSummaryRules() {
    }

    // ---- cross.revenue-total-summary --------------------------------------------------------------------------

    static void revenueTotalSummary(CheckContext c, Findings out) {
        Optional<TableCodes> t2 = codes(c, TableRole.REVENUE_BY_FUNCTION);
        Optional<TableSummary> t1 = summary(c, TableRole.BUDGET_SUMMARY);
        if (t2.isEmpty() || t1.isEmpty()) {
            return;
        }
        TableCodes r = t2.get();
        TableView v2 = r.view();
        TableSummary s = t1.get();
        TableView v1 = s.view();
        TableSummary.Side in = s.income();
        String inKey = in.amountKeys.get(0);
        String totalLabel = r.totalLabel();
        if (in.total != null && v2.has("total")) {
            compareCells(out, v2, r.totalLocation("total"), v2.cell(totalLabel, "total"), r.total("total"),
                    v1, in.total, s.label(in, in.total), inKey);
        }
        for (FundSource source : FundSource.values()) {
            if (!v2.has(source.key())) {
                continue;
            }
            Optional<TableRow> item = TableSummary.bySource(v1, in.items, in.labelKey, source.label());
            if (item.isPresent()) {
                compareCells(out, v2, r.totalLocation(source.key()), v2.cell(totalLabel, source.key()), r.total(source.key()),
                        v1, item.get(), s.label(in, item.get()), inKey);
            }
        }
        Optional<TableSummary.Block> carry = s.carryover();
        if (carry.isPresent() && v2.has("carryover")) {
            TableRow head = carry.get().head();
            compareCells(out, v2, r.totalLocation("carryover"), v2.cell(totalLabel, "carryover"), r.total("carryover"),
                    v1, head, s.label(in, head), inKey);
        }
    }

    /** printed (of table a) = the cell of table b. */
    static void compareCells(Findings out, TableView a, Location where, String subject, BigDecimal printed,
                                     TableView b, TableRow bRow, String bLabel, String bKey) {
        Location other = b.at(bRow, bLabel, bKey);
        TableSums.compare(out, Severity.ERROR, where, subject, b.cell(bLabel, bKey), printed, b.amount(bRow, bKey), 1,
                scale(a, b), against(other));
    }

    // ---- cross.expenditure-revenue-codes --------------------------------------------------------------------------

    static void expenditureRevenueCodes(CheckContext c, Findings out) {
        Optional<TableCodes> t3 = codes(c, TableRole.EXPENDITURE_BY_FUNCTION);
        Optional<TableCodes> t2 = codes(c, TableRole.REVENUE_BY_FUNCTION);
        if (t3.isEmpty() || t2.isEmpty() || !t3.get().view().has("total")) {
            return;
        }
        TableCodes e = t3.get();
        TableCodes r = t2.get();
        TableView v3 = e.view();
        int scale = scale(v3, r.view());
        String what = r.view().name() + "同一科目本年收入“合计”与“上年结转”之和";
        BigDecimal expectedTotal = TableSums.add(r.total("total"), r.total("carryover"));
        TableSums.compare(out, Severity.ERROR, e.totalLocation("total"), v3.cell(e.totalLabel(), "total"),
                r.view().name() + "合计行本年收入“合计”与“上年结转”之和", e.total("total"), expectedTotal, 2, scale, Map.of());
        perCode(out, e, r, "total", code -> TableSums.add(r.value(code, "total"), r.value(code, "carryover")), what, 2, scale);
    }

    // ---- cross.summary-classes ---------------------------------------------------------------------

    static void summaryClasses(CheckContext c, Findings out) {
        Optional<TableSummary> t1 = summary(c, TableRole.BUDGET_SUMMARY);
        Optional<TableCodes> t3 = codes(c, TableRole.EXPENDITURE_BY_FUNCTION);
        Optional<TableCodes> t2 = codes(c, TableRole.REVENUE_BY_FUNCTION);
        if (t1.isEmpty()) {
            return;
        }
        TableSummary s = t1.get();
        TableView v1 = s.view();
        List<TableClasses.ClassRow> rows = TableClasses.of(s, c.catalogue());
        List<String> mapped = new ArrayList<>();
        for (TableClasses.ClassRow row : rows) {
            if (row.code() == null) {
                continue;
            }
            mapped.add(row.code());
            if (t3.isPresent() && v1.has("total")) {
                TableCodes e = t3.get();
                classCell(out, v1, row, "total", e.value(row.code(), "total"),
                        e.view().name() + "该类“合计”", scale(v1, e.view()));
            }
            if (t2.isPresent()) {
                TableCodes r = t2.get();
                if (v1.has("currentYear")) {
                    classCell(out, v1, row, "currentYear", r.value(row.code(), "total"),
                            r.view().name() + "该类本年收入“合计”", scale(v1, r.view()));
                }
                if (v1.has("carryover")) {
                    classCell(out, v1, row, "carryover", r.value(row.code(), "carryover"),
                            r.view().name() + "该类“上年结转”", scale(v1, r.view()));
                }
            }
        }
        if (t3.isPresent() && !rows.isEmpty()) {
            TableCodes e = t3.get();
            for (TableCodes.CodeRow cls : e.topLevel()) {
                String code = cls.code().substring(0, 3);
                BigDecimal v = e.value(code, "total");
                if (!mapped.contains(code) && v != null && v.signum() != 0) {
                    out.report(Severity.ERROR, v1.name() + "没有“" + cls.label() + "”这一类，而" + e.view().name()
                                    + "该类“合计”为 " + v.toPlainString(),
                            Location.ofTable(v1.name(), cls.label(), null, v1.table().source()),
                            Findings.evidence(Evidence.FOUND, "（无此行）", Evidence.EXPECTED, v.toPlainString()));
                    mapped.add(code);
                }
            }
        }
    }

    static void classCell(Findings out, TableView v, TableClasses.ClassRow row, String key, BigDecimal expected,
                                  String what, int scale) {
        TableSums.compare(out, Severity.ERROR, v.at(row.row(), row.label(), key), v.cell(row.label(), key), what,
                v.amount(row.row(), key), expected, 1, scale, Findings.evidence(Evidence.CLASS, row.code()));
    }

    // ---- cross.fiscal-summary-income --------------------------------------------------------------------------

    static void fiscalSummaryIncome(CheckContext c, Findings out) {
        Optional<TableSummary> t4 = summary(c, TableRole.FISCAL_SUMMARY);
        Optional<TableSummary> t1 = summary(c, TableRole.BUDGET_SUMMARY);
        if (t4.isEmpty() || t1.isEmpty()) {
            return;
        }
        TableSummary f = t4.get();
        TableSummary s = t1.get();
        TableView v4 = f.view();
        TableView v1 = s.view();
        String key4 = f.income().amountKeys.get(0);
        String key1 = s.income().amountKeys.get(0);
        for (FundSource source : FISCAL) {
            Optional<TableRow> a = TableSummary.bySource(v4, f.income().items, f.income().labelKey, source.label());
            Optional<TableRow> b = TableSummary.bySource(v1, s.income().items, s.income().labelKey, source.label());
            if (a.isPresent() && b.isPresent()) {
                String label = f.label(f.income(), a.get());
                compareCells(out, v4, v4.at(a.get(), label, key4), v4.cell(label, key4), v4.amount(a.get(), key4),
                        v1, b.get(), s.label(s.income(), b.get()), key1);
            }
        }
        Optional<TableSummary.Block> carry4 = f.carryover();
        Optional<TableSummary.Block> carry1 = s.carryover();
        if (carry4.isPresent() && carry1.isPresent()) {
            TableRow a = carry4.get().head();
            TableRow b = carry1.get().head();
            String label = f.label(f.income(), a);
            String bLabel = s.label(s.income(), b);
            TableSums.atMost(out, Severity.ERROR, v4.at(a, label, key4), v4.cell(label, key4), v4.amount(a, key4),
                    v1.cell(bLabel, key1), v1.amount(b, key1), 1, scale(v4, v1), against(v1.at(b, bLabel, key1)));
        }
    }

    // ---- cross.fiscal-summary-classes ---------------------------------------------------------------------

    static void fiscalSummaryClasses(CheckContext c, Findings out) {
        Optional<TableSummary> t4 = summary(c, TableRole.FISCAL_SUMMARY);
        Optional<TableCodes> t2 = codes(c, TableRole.REVENUE_BY_FUNCTION);
        if (t4.isEmpty() || t2.isEmpty()) {
            return;
        }
        TableSummary f = t4.get();
        TableView v4 = f.view();
        TableCodes r = t2.get();
        TableView v2 = r.view();
        String key = f.expenditure().amountKeys.get(0);
        int scale = scale(v4, v2);
        BigDecimal carry4 = f.carryover().map(b -> v4.amount(b.head(), f.income().amountKeys.get(0))).orElse(null);
        BigDecimal carry2 = r.total("carryover");
        boolean noCarry = carry4 == null || carry4.signum() == 0;
        boolean allFiscal = !noCarry && carry2 != null
                && Tolerance.compare(carry2, carry4, 1, scale) != Tolerance.Outcome.MISMATCH;
        String id2 = v2.name();
        List<String> fiscalKeys = fiscalKeys(v2);
        if (fiscalKeys.isEmpty()) {
            return;
        }
        for (TableClasses.ClassRow row : TableClasses.of(f, c.catalogue())) {
            if (row.code() == null) {
                continue;
            }
            BigDecimal fiscal = null;
            for (String k : fiscalKeys) {
                fiscal = TableSums.add(fiscal, r.value(row.code(), k));
            }
            BigDecimal carry = r.value(row.code(), "carryover");
            BigDecimal printed = v4.amount(row.row(), key);
            Location where = v4.at(row.row(), row.label(), key);
            String subject = v4.cell(row.label(), key);
            Map<String, String> evidence = Findings.evidence(Evidence.FISCAL, TableSums.show(fiscal), Evidence.CARRYOVER, TableSums.show(carry));
            if (noCarry) {
                TableSums.compare(out, Severity.ERROR, where, subject, id2 + "该类财政拨款本年收入（三本预算）之和",
                        printed, fiscal, 3, scale, evidence);
            } else if (allFiscal) {
                TableSums.compare(out, Severity.ERROR, where, subject, id2 + "该类财政拨款本年收入（三本预算）与“上年结转”之和",
                        printed, TableSums.add(fiscal, carry), 4, scale, evidence);
            } else {
                BigDecimal low = TableSums.orZero(fiscal);
                BigDecimal high = low.add(TableSums.orZero(carry));
                BigDecimal p = TableSums.orZero(printed);
                if (p.compareTo(low) < 0) {
                    TableSums.atMost(out, Severity.ERROR, where, id2 + "该类财政拨款本年收入（三本预算）之和", low, subject,
                            printed, 3, scale, evidence);
                } else {
                    TableSums.atMost(out, Severity.ERROR, where, subject, printed,
                            id2 + "该类财政拨款本年收入（三本预算）与“上年结转”之和", high, 4, scale, evidence);
                }
            }
        }
    }

    /**
     * The columns of the revenue table that hold 财政拨款 this year: one per budget (一般公共预算, 政府性基金预算,
     * 国有资本经营预算), or a single 财政拨款 column when the layout prints them together.
     */
    static List<String> fiscalKeys(TableView revenue) {
        List<String> out = new ArrayList<>();
        for (FundSource s : FISCAL) {
            if (revenue.has(s.key())) {
                out.add(s.key());
            }
        }
        if (out.isEmpty() && revenue.has(FISCAL_APPROPRIATION)) {
            out.add(FISCAL_APPROPRIATION);
        }
        return out;
    }

    /** The column of a single 财政拨款 amount (the three budgets together). */
    private static final String FISCAL_APPROPRIATION = "fiscalAppropriation";

    // ---- cross.fiscal-classes-budgets --------------------------------------------------------------------------

    static void fiscalClassesBudgets(CheckContext c, Findings out) {
        Optional<TableSummary> t4 = summary(c, TableRole.FISCAL_SUMMARY);
        if (t4.isEmpty()) {
            return;
        }
        TableSummary f = t4.get();
        TableView v4 = f.view();
        Map<String, TableRole> byColumn = Map.of(
                "generalBudget", TableRole.GENERAL_BUDGET_BY_FUNCTION,
                "governmentFund", TableRole.GOVERNMENT_FUND_EXPENDITURE,
                "stateCapital", TableRole.STATE_CAPITAL);
        List<TableClasses.ClassRow> rows = TableClasses.of(f, c.catalogue());
        for (String key : List.of("generalBudget", "governmentFund", "stateCapital")) {
            Optional<TableCodes> detail = codes(c, byColumn.get(key));
            if (!v4.has(key) || detail.isEmpty() || !detail.get().view().has("total")) {
                continue;
            }
            TableCodes d = detail.get();
            for (TableClasses.ClassRow row : rows) {
                if (row.code() == null) {
                    continue;
                }
                BigDecimal part = d.value(row.code(), "total");
                String partLabel = d.row(row.code()).map(TableCodes.CodeRow::label).orElse(row.code());
                TableSums.atMost(out, Severity.ERROR, v4.at(row.row(), row.label(), key),
                        d.view().cell(partLabel, "total"), part, v4.cell(row.label(), key), v4.amount(row.row(), key), 1,
                        scale(v4, d.view()), Map.of());
            }
        }
    }

}
