package org.gongkai.core.check.cross;

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
import org.gongkai.core.check.view.TableEconomic;
import org.gongkai.core.check.view.TableProjects;
import org.gongkai.core.check.view.TableSummary;
import org.gongkai.core.check.view.TableSums;
import org.gongkai.core.check.view.TableText;
import org.gongkai.core.check.view.TableThreePublic;
import org.gongkai.core.check.view.TableView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.facts.FundSource;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TableRole;

/**
 * Rules of the family 表间勾稽 (domain.md §3, "Across tables"). Tables are found by their layout in
 * the profile, so another template with the same kinds of tables is checked the same way. A table
 * the document lacks is left to the completeness rules; a blank cell counts as 0.
 */
public final class CrossTableRules {

    private static final String CODE = "code";
    private static final List<FundSource> FISCAL = List.of(FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND,
            FundSource.STATE_CAPITAL);

    static final Rule T2_T1 = Rule.of("cross.revenue-total-summary", Category.CROSS_TABLE, Severity.ERROR,
            "表二“合计”行与表一收入一致：本年收入合计、各资金来源（一般公共预算、政府性基金预算等）、上年结转",
            CrossTableRules::t2t1).alias("cross.t2-t1");

    static final Rule T3_T2 = Rule.of("cross.expenditure-revenue-codes", Category.CROSS_TABLE, Severity.ERROR,
            "表三各科目（及合计）的“合计”等于表二同一科目本年收入“合计”与“上年结转”之和",
            CrossTableRules::t3t2).alias("cross.t3-t2");

    static final Rule T1_CLASSES = Rule.of("cross.summary-classes", Category.CROSS_TABLE, Severity.ERROR,
            "表一各类支出与明细表一致：“合计”等于表三该类合计，“当年预算安排”等于表二该类本年收入合计，"
                    + "“上年结转安排”等于表二该类上年结转",
            CrossTableRules::t1Classes).alias("cross.t1-classes");

    static final Rule T4_T1 = Rule.of("cross.fiscal-summary-income", Category.CROSS_TABLE, Severity.ERROR,
            "表四收入与表一一致：一般公共预算、政府性基金预算、国有资本经营预算各项相等，上年财政拨款结转不大于表一上年结转",
            CrossTableRules::t4t1).alias("cross.t4-t1");

    static final Rule T4_CLASSES = Rule.of("cross.fiscal-summary-classes", Category.CROSS_TABLE, Severity.ERROR,
            "表四各类支出“小计”与表二一致：等于表二该类财政拨款（三本预算）本年收入与财政拨款上年结转之和"
                    + "（上年结转全部为财政拨款时相等，否则介于二者之间）",
            CrossTableRules::t4Classes).alias("cross.t4-classes");

    static final Rule T4_T5 = Rule.of("cross.fiscal-classes-budgets", Category.CROSS_TABLE, Severity.ERROR,
            "表四各类支出包含本年安排：一般公共预算列不小于表五该类合计，政府性基金预算列不小于表八该类合计，"
                    + "国有资本经营预算列不小于表九该类合计",
            CrossTableRules::t4t5).alias("cross.t4-t5");

    static final Rule T5_T2 = Rule.of("cross.general-budget-revenue", Category.CROSS_TABLE, Severity.ERROR,
            "表五各科目（及合计）的“合计”等于表二同一科目的“一般公共预算”列",
            (c, out) -> bySource(c, out, TableRole.GENERAL_BUDGET_BY_FUNCTION, FundSource.GENERAL_BUDGET)).alias("cross.t5-t2");

    static final Rule T8_T2 = Rule.of("cross.government-fund-revenue", Category.CROSS_TABLE, Severity.ERROR,
            "表八各科目（及合计）的“合计”等于表二同一科目的“政府性基金”列",
            (c, out) -> bySource(c, out, TableRole.GOVERNMENT_FUND_EXPENDITURE, FundSource.GOVERNMENT_FUND)).alias("cross.t8-t2");

    static final Rule T9_T2 = Rule.of("cross.state-capital-revenue", Category.CROSS_TABLE, Severity.ERROR,
            "表九各支出科目（及合计）的“合计”等于表二同一科目的“国有资本经营预算”列",
            (c, out) -> bySource(c, out, TableRole.STATE_CAPITAL, FundSource.STATE_CAPITAL)).alias("cross.t9-t2");

    static final Rule T5_T6 = Rule.of("cross.basic-economic-total", Category.CROSS_TABLE, Severity.ERROR,
            "表五“合计”行“基本支出”等于表六“合计”行“合计”（一般公共预算基本支出）",
            CrossTableRules::t5t6).alias("cross.t5-t6");

    static final Rule T12_T5 = Rule.of("cross.current-projects-total", Category.CROSS_TABLE, Severity.ERROR,
            "表十二合计（部门行）的一般公共预算等于表五“项目支出”合计；政府性基金预算等于表八、国有资本经营预算等于表九的“项目支出”合计",
            CrossTableRules::t12t5).alias("cross.t12-t5");

    static final Rule T13_T2 = Rule.of("cross.carryover-projects-total", Category.CROSS_TABLE, Severity.ERROR,
            "表十三合计（部门行）等于表二“上年结转”合计（上年结转全部为财政拨款且无基本支出时相等，否则不大于）",
            CrossTableRules::t13t2).alias("cross.t13-t2");

    static final Rule T13_CODES = Rule.of("cross.carryover-projects-codes", Category.CROSS_TABLE, Severity.WARNING,
            "表十三各结转项目能按功能科目对应到表二（表三）各科目的上年结转：项目金额可分组，使每组之和等于某一科目的上年结转",
            CrossTableRules::t13Codes).alias("cross.t13-codes");

    static final Rule T10_T6 = Rule.of("cross.three-public-basic", Category.CROSS_TABLE, Severity.ERROR,
            "表六基本支出中的“三公”经费不大于表十（表十还含项目支出安排）：因公出国（境）费用（30212）、"
                    + "公务接待费（30217）、公务用车运行维护费（30231）、公务用车购置（31013、30913）",
            CrossTableRules::t10t6).alias("cross.t10-t6");

    static final Rule T11_T6 = Rule.of("cross.agency-operating-basic", Category.CROSS_TABLE, Severity.WARNING,
            "表十一机关运行经费不大于表六公用经费（大于为错误）；行政单位和参公事业单位的机关运行经费应等于公用经费，不等时提示核实",
            CrossTableRules::t11t6).alias("cross.t11-t6");

    static final Rule EMPTY_NOTE = Rule.of("cross.empty-note", Category.CROSS_TABLE, Severity.ERROR,
            "无数据的表注明“本表无数据”：有金额的表不应注明无数据（错误），全部空白的表应注明（警告）",
            CrossTableRules::emptyNote);

    private CrossTableRules() {
    }

    public static List<Rule> all() {
        return List.of(T2_T1, T3_T2, T1_CLASSES, T4_T1, T4_CLASSES, T4_T5, T5_T2, T8_T2, T9_T2, T5_T6, T12_T5, T13_T2,
                T13_CODES, T10_T6, T11_T6, EMPTY_NOTE);
    }

    // ---- lookups ------------------------------------------------------------------------------

    private static Optional<TableCodes> codes(CheckContext c, TableRole layout) {
        return TableView.findInComparisonUnit(c, layout).flatMap(v -> TableCodes.of(v, CODE));
    }

    private static Optional<TableSummary> summary(CheckContext c, TableRole layout) {
        return TableView.findInComparisonUnit(c, layout).flatMap(TableSummary::of);
    }

    /**
     * The rounding scale of a comparison: of the finer table when both print the same unit; of the
     * coarser when they do not (a 万元 figure against a 元 one is only as exact as the 万元 one).
     */
    private static int scale(TableView a, TableView b) {
        return a.printedUnit() == b.printedUnit() ? Math.max(a.scale(), b.scale()) : Math.min(a.scale(), b.scale());
    }

    private static Map<String, String> against(Location other) {
        return Findings.evidence(Evidence.AGAINST, other.describe());
    }

    // ---- cross.revenue-total-summary --------------------------------------------------------------------------

    private static void t2t1(CheckContext c, Findings out) {
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
    private static void compareCells(Findings out, TableView a, Location where, String subject, BigDecimal printed,
                                     TableView b, TableRow bRow, String bLabel, String bKey) {
        Location other = b.at(bRow, bLabel, bKey);
        TableSums.compare(out, Severity.ERROR, where, subject, b.cell(bLabel, bKey), printed, b.amount(bRow, bKey), 1,
                scale(a, b), against(other));
    }

    // ---- cross.expenditure-revenue-codes --------------------------------------------------------------------------

    private static void t3t2(CheckContext c, Findings out) {
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

    /**
     * For every code printed in either table: the detail table's cell (column {@code key}) equals the
     * figure {@code expected} computes from the other table. A code the detail table lacks is reported
     * once, at its highest missing level.
     */
    private static void perCode(Findings out, TableCodes detail, TableCodes other, String key,
                                java.util.function.Function<String, BigDecimal> expected, String what, int terms, int scale) {
        TableView v = detail.view();
        TreeSet<String> all = new TreeSet<>();
        detail.rows().forEach(x -> all.add(x.code()));
        other.rows().forEach(x -> all.add(x.code()));
        List<String> missing = new ArrayList<>();
        for (String code : all) {
            BigDecimal exp = expected.apply(code);
            Optional<TableCodes.CodeRow> row = detail.row(code);
            if (row.isPresent()) {
                TableCodes.CodeRow cr = row.get();
                TableSums.compare(out, Severity.ERROR, v.at(cr.row(), cr.label(), key), v.cell(cr.label(), key), what,
                        v.amount(cr.row(), key), exp, terms, scale, Map.of());
                continue;
            }
            if (detail.covers(code) || exp == null || exp.signum() == 0
                    || missing.stream().anyMatch(code::startsWith)) {
                continue;
            }
            missing.add(code);
            String name = other.row(code).map(TableCodes.CodeRow::name).orElse("");
            String label = name.isEmpty() ? code : code + " " + name;
            out.report(Severity.ERROR, v.name() + "没有科目“" + label + "”，而" + what.replace("同一科目", "该科目") + "为 "
                            + exp.toPlainString(),
                    Location.ofTable(v.name(), label, v.label(key), v.table().source()),
                    Findings.evidence(Evidence.FOUND, "（无此行）", Evidence.EXPECTED, exp.toPlainString()));
        }
    }

    // ---- cross.summary-classes ---------------------------------------------------------------------

    private static void t1Classes(CheckContext c, Findings out) {
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

    private static void classCell(Findings out, TableView v, TableClasses.ClassRow row, String key, BigDecimal expected,
                                  String what, int scale) {
        TableSums.compare(out, Severity.ERROR, v.at(row.row(), row.label(), key), v.cell(row.label(), key), what,
                v.amount(row.row(), key), expected, 1, scale, Findings.evidence(Evidence.CLASS, row.code()));
    }

    // ---- cross.fiscal-summary-income --------------------------------------------------------------------------

    private static void t4t1(CheckContext c, Findings out) {
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

    private static void t4Classes(CheckContext c, Findings out) {
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
        for (TableClasses.ClassRow row : TableClasses.of(f, c.catalogue())) {
            if (row.code() == null) {
                continue;
            }
            BigDecimal fiscal = null;
            for (FundSource s : FISCAL) {
                if (v2.has(s.key())) {
                    fiscal = TableSums.add(fiscal, r.value(row.code(), s.key()));
                }
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

    // ---- cross.fiscal-classes-budgets --------------------------------------------------------------------------

    private static void t4t5(CheckContext c, Findings out) {
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

    // ---- cross.t5-t2, cross.t8-t2, cross.t9-t2 ----------------------------------------------------

    private static void bySource(CheckContext c, Findings out, TableRole layout, FundSource source) {
        Optional<TableCodes> detail = codes(c, layout);
        Optional<TableCodes> t2 = codes(c, TableRole.REVENUE_BY_FUNCTION);
        if (detail.isEmpty() || t2.isEmpty() || !t2.get().view().has(source.key()) || !detail.get().view().has("total")) {
            return;
        }
        TableCodes d = detail.get();
        TableCodes r = t2.get();
        TableView v = d.view();
        int scale = scale(v, r.view());
        String column = r.view().label(source.key());
        TableSums.compare(out, Severity.ERROR, d.totalLocation("total"), v.cell(d.totalLabel(), "total"),
                r.view().name() + "合计行“" + column + "”列", d.total("total"), r.total(source.key()), 1, scale, Map.of());
        perCode(out, d, r, "total", code -> r.value(code, source.key()),
                r.view().name() + "同一科目“" + column + "”列", 1, scale);
    }

    // ---- cross.basic-economic-total --------------------------------------------------------------------------

    private static void t5t6(CheckContext c, Findings out) {
        Optional<TableCodes> t5 = codes(c, TableRole.GENERAL_BUDGET_BY_FUNCTION);
        Optional<TableView> t6 = TableView.findInComparisonUnit(c, TableRole.BASIC_BY_ECONOMIC);
        if (t5.isEmpty() || t6.isEmpty() || !t5.get().view().has("basic")) {
            return;
        }
        TableCodes d = t5.get();
        TableEconomic e = TableEconomic.of(t6.get(), c.catalogue());
        TableView v6 = e.view();
        BigDecimal total6;
        Location other;
        String what;
        if (e.total().isPresent()) {
            TableRow r = e.total().get();
            String label = TableText.squeeze(v6.text(r, "deptEconomicName"));
            total6 = v6.amount(r, "total");
            other = v6.at(r, label, "total");
            what = v6.cell(label, "total");
        } else {
            total6 = null;
            for (TableEconomic.Line l : e.classes().isEmpty() ? e.lines() : e.classes()) {
                total6 = TableSums.add(total6, v6.amount(l.row(), "total"));
            }
            other = v6.atTable();
            what = v6.name() + "各类经济科目之和";
        }
        TableSums.compare(out, Severity.ERROR, d.totalLocation("basic"), d.view().cell(d.totalLabel(), "basic"), what,
                d.total("basic"), total6, 1, scale(d.view(), v6), against(other));
    }

    // ---- cross.current-projects-total -------------------------------------------------------------------------

    private static void t12t5(CheckContext c, Findings out) {
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

    private static void t13t2(CheckContext c, Findings out) {
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
    private static boolean carryoverIsAllProjectFiscal(CheckContext c, BigDecimal carry2, int scale) {
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
    private static final int MAX_PROJECTS = 24;
    /** Bounds the search for a split of the projects over the codes. */
    private static final int MAX_STEPS = 500_000;

    private static void t13Codes(CheckContext c, Findings out) {
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
    private static final class Split {
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

    // ---- cross.three-public-basic -------------------------------------------------------------------------

    private static void t10t6(CheckContext c, Findings out) {
        Optional<TableView> t6 = TableView.findInComparisonUnit(c, TableRole.BASIC_BY_ECONOMIC);
        Optional<TableView> t10 = TableView.findInComparisonUnit(c, TableRole.THREE_PUBLIC);
        if (t6.isEmpty() || t10.isEmpty()) {
            return;
        }
        TableEconomic e = TableEconomic.of(t6.get(), c.catalogue());
        TableThreePublic p = TableThreePublic.of(t10.get());
        TableView v10 = p.view();
        String key10 = v10.has("generalBudget") ? "generalBudget" : "total";
        threePublicItem(out, e, List.of("30212"), p, p.outbound, "因公出国（境）费", key10);
        threePublicItem(out, e, List.of("30217"), p, p.reception, "公务接待费", key10);
        threePublicItem(out, e, List.of("30231"), p, p.operation, "公务用车运行维护费", key10);
        threePublicItem(out, e, List.of("31013", "30913"), p, p.purchase, "公务用车购置费", key10);
    }

    private static void threePublicItem(Findings out, TableEconomic e, List<String> codes, TableThreePublic p, TableRow row10,
                                        String item, String key10) {
        TableView v6 = e.view();
        TableView v10 = p.view();
        BigDecimal in6 = null;
        TableEconomic.Line first = null;
        for (String code : codes) {
            Optional<TableEconomic.Line> line = e.line(code);
            if (line.isPresent()) {
                in6 = TableSums.add(in6, v6.amount(line.get().row(), "total"));
                first = first == null ? line.get() : first;
            }
        }
        if (first == null) {
            return;
        }
        String label10 = row10 == null ? item : p.label(row10);
        BigDecimal bound = row10 == null ? null : v10.amount(row10, key10);
        Location where = row10 == null ? Location.ofTable(v10.name(), item, v10.label(key10), v10.table().source())
                : v10.at(row10, label10, key10);
        TableSums.atMost(out, Severity.ERROR, where, v6.cell(first.label(), "total"), in6, v10.cell(label10, key10), bound,
                1, scale(v6, v10), against(v6.at(first.row(), first.label(), "total")));
    }

    // ---- cross.agency-operating-basic -------------------------------------------------------------------------

    private static void t11t6(CheckContext c, Findings out) {
        Optional<TableView> t11 = TableView.findInComparisonUnit(c, TableRole.AGENCY_OPERATING);
        Optional<TableView> t6 = TableView.findInComparisonUnit(c, TableRole.BASIC_BY_ECONOMIC);
        if (t11.isEmpty() || t6.isEmpty() || !t11.get().has("total")) {
            return;
        }
        TableView v11 = t11.get();
        TableEconomic e = TableEconomic.of(t6.get(), c.catalogue());
        TableView v6 = e.view();
        if (e.total().isEmpty() || !v6.has("operating")) {
            return;
        }
        TableRow total6 = e.total().get();
        String label6 = TableText.squeeze(v6.text(total6, "deptEconomicName"));
        BigDecimal operating = v6.amount(total6, "operating");

        TableRow total11 = null;
        BigDecimal units = null;
        for (TableRow r : v11.rows()) {
            String name = TableText.squeeze(v11.text(r, "unitName"));
            if (TableText.isTotal(name) && total11 == null) {
                total11 = r;
            } else if (!name.isEmpty() && !TableText.isTotal(name)) {
                units = TableSums.add(units, v11.amount(r, "total"));
            }
        }
        String label11 = total11 == null ? "合计" : TableText.squeeze(v11.text(total11, "unitName"));
        BigDecimal agency = total11 == null ? units : v11.amount(total11, "total");
        Location where = total11 == null ? Location.ofTable(v11.name(), "合计", v11.label("total"), v11.table().source())
                : v11.at(total11, label11, "total");
        String subject = v11.cell(label11, "total");
        String what = v6.cell(label6, "operating");
        int scale = scale(v11, v6);
        Map<String, String> other = against(v6.at(total6, label6, "operating"));
        BigDecimal a = TableSums.orZero(agency);
        BigDecimal o = TableSums.orZero(operating);
        if (a.compareTo(o) > 0) {
            TableSums.atMost(out, Severity.ERROR, where, subject, agency, what, operating, 1, scale, other);
            return;
        }
        if (Tolerance.compare(o, a, 1, scale) != Tolerance.Outcome.MISMATCH) {
            TableSums.compare(out, Severity.WARNING, where, subject, what, agency, operating, 1, scale, other);
            return;
        }
        Map<String, String> evidence = Findings.evidence(Evidence.FOUND, TableSums.show(agency), Evidence.OPERATING, TableSums.show(operating));
        evidence.putAll(other);
        String base = subject + "（机关运行经费）" + (agency == null ? "为空白" : a.toPlainString()) + "，小于" + what
                + "（公用经费）" + o.toPlainString() + "，相差 " + o.subtract(a).toPlainString();
        Optional<String> institution = institutionOperation(c);
        if (institution.isPresent()) {
            evidence.put(Evidence.BASIC_CODES.key(), institution.get());
            out.report(Severity.INFO, base + "；基本支出列在“事业运行”科目（" + institution.get()
                    + "），事业单位（不参公）的公用经费不属于机关运行经费，差额可以成立", where, evidence);
        } else {
            out.report(Severity.WARNING, base + "；行政单位和参公事业单位的机关运行经费应等于其公用经费，请核实差额", where, evidence);
        }
    }

    /** The 项 codes named 事业运行 under which T5 prints 基本支出, joined; empty when there is none. */
    private static Optional<String> institutionOperation(CheckContext c) {
        Optional<TableCodes> t5 = codes(c, TableRole.GENERAL_BUDGET_BY_FUNCTION);
        if (t5.isEmpty() || !t5.get().view().has("basic")) {
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        for (TableCodes.CodeRow leaf : t5.get().leaves()) {
            BigDecimal basic = t5.get().view().amount(leaf.row(), "basic");
            if (basic == null || basic.signum() == 0) {
                continue;
            }
            String name = c.catalogue().function(leaf.code()).map(CatalogueEntry::name).orElse(leaf.name());
            if (TableText.sameName(name, "事业运行")) {
                found.add(leaf.code());
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join("、", found));
    }

    // ---- cross.empty-note ---------------------------------------------------------------------

    private static void emptyNote(CheckContext c, Findings out) {
        for (TableView v : TableView.all(c)) {
            boolean note = v.hasNoDataNote();
            Optional<String> figure = v.firstFigure();
            if (note && figure.isPresent()) {
                out.report(Severity.ERROR, v.name() + "注明“本表无数据”，但表中有金额：" + figure.get(), v.atTable(),
                        Findings.evidence(Evidence.NOTE, String.join("；", v.table().notes()), Evidence.FIGURE, figure.get()));
            } else if (!note && figure.isEmpty()) {
                out.report(Severity.WARNING, v.name() + "没有任何金额，但未注明“本表无数据”", v.atTable(),
                        Findings.evidence(Evidence.NOTE, v.table().notes().isEmpty() ? "（无）" : String.join("；", v.table().notes())));
            }
        }
    }
}
