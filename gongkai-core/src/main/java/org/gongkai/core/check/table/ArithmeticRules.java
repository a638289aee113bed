package org.gongkai.core.check.table;

import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.check.view.TableCodes;
import org.gongkai.core.check.view.TableEconomic;
import org.gongkai.core.check.view.TableProjects;
import org.gongkai.core.check.view.TableSummary;
import org.gongkai.core.check.view.TableSums;
import org.gongkai.core.check.view.TableText;
import org.gongkai.core.check.view.TableThreePublic;
import org.gongkai.core.check.view.TableView;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.core.check.view.TableSums.Term;
import org.gongkai.core.model.Names;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TableRole;

/**
 * Rules of the family 表内勾稽 (domain.md §3, "Within a table"): totals, 类 = Σ 款 = Σ 项, the
 * identities between the columns of a row, and the balances of the two 收支总表. Every amount column
 * is checked; a difference within the rounding envelope is INFO, beyond it ERROR.
 */
public final class ArithmeticRules {

    static final Rule TOTAL = Rule.of("arith.total", Category.ARITHMETIC, Severity.ERROR,
            "各表“合计”行的每个金额列等于其明细行之和：按科目编码列示的表为各类（最上级科目）之和，{BASIC_BY_ECONOMIC}为各经济分类类之和，"
                    + "{THREE_PUBLIC}为因公出国（境）费、公务接待费、公务用车购置及运行费之和，{AGENCY_OPERATING}为各单位之和，"
                    + "{PROJECTS_CURRENT_YEAR}、{PROJECTS_CARRYOVER}的部门行为各单位行之和（无单位行时为各项目之和）",
            ArithmeticRules::totals);

    static final Rule HIERARCHY = Rule.of("arith.hierarchy", Category.ARITHMETIC, Severity.ERROR,
            "上下级之和：类等于所属各款之和、款等于所属各项之和；{BASIC_BY_ECONOMIC}各类等于所属各款之和；"
                    + "{THREE_PUBLIC}公务用车购置及运行费等于购置费与运行维护费之和；{PROJECTS_CURRENT_YEAR}、{PROJECTS_CARRYOVER}各单位行等于本单位各项目之和",
            ArithmeticRules::hierarchy);

    static final Rule ROW_IDENTITY = Rule.of("arith.row-identity", Category.ARITHMETIC, Severity.ERROR,
            "行内各列的关系：{REVENUE_BY_FUNCTION}合计等于各资金来源之和；{EXPENDITURE_BY_FUNCTION}、{GENERAL_BUDGET_BY_FUNCTION}、{GOVERNMENT_FUND_EXPENDITURE}、{STATE_CAPITAL}合计等于基本支出与项目支出之和；"
                    + "{BASIC_BY_ECONOMIC}合计等于人员经费与公用经费之和；{BUDGET_SUMMARY}各支出行合计等于当年预算安排与上年结转安排之和；"
                    + "{FISCAL_SUMMARY}、{THREE_PUBLIC}、{AGENCY_OPERATING}各行小计（合计）等于三本预算之和；{PROJECTS_CURRENT_YEAR}、{PROJECTS_CARRYOVER}各行合计等于各资金来源之和",
            ArithmeticRules::rowIdentities);

    static final Rule SUMMARY = Rule.of("arith.summary", Category.ARITHMETIC, Severity.ERROR,
            "收支总表（{BUDGET_SUMMARY}、{FISCAL_SUMMARY}）：本年收入合计等于各项收入之和，上年（财政拨款）结转等于其分项之和，"
                    + "收入总计等于本年收入合计与上年结转之和；本年支出合计等于各类支出之和，"
                    + "支出总计等于本年支出合计与年终结转之和；收入总计等于支出总计",
            ArithmeticRules::summaries);

    private ArithmeticRules() {
    }

    public static List<Rule> all() {
        return List.of(TOTAL, HIERARCHY, ROW_IDENTITY, SUMMARY);
    }

    // ---- arith.total --------------------------------------------------------------------------

    private static void totals(CheckContext context, Findings out) {
        for (TableView v : TableView.all(context)) {
            TableRole layout = v.layout();
            if (layout == TableRole.BUDGET_SUMMARY || layout == TableRole.FISCAL_SUMMARY) {
                continue;
            }
            if (layout == TableRole.BASIC_BY_ECONOMIC) {
                economicTotal(TableEconomic.of(v, context.catalogue()), out);
            } else if (!v.keys(ColumnType.CODE).isEmpty()) {
                codeTotals(v, out);
            } else if (layout == TableRole.THREE_PUBLIC) {
                threePublicTotal(TableThreePublic.of(v), out);
            } else if (layout == TableRole.AGENCY_OPERATING) {
                agencyTotal(v, out);
            } else if (layout == TableRole.PROJECTS_CURRENT_YEAR || layout == TableRole.PROJECTS_CARRYOVER) {
                projectTotal(TableProjects.of(v, context), out);
            }
        }
    }

    private static void codeTotals(TableView v, Findings out) {
        for (TableCodes codes : TableCodes.of(v)) {
            if (codes.totalRow().isEmpty()) {
                continue;
            }
            TableRow total = codes.totalRow().get();
            List<TableCodes.CodeRow> top = codes.topLevel();
            boolean classes = top.stream().allMatch(r -> r.code().length() == 3);
            String what = classes ? "各类之和" : "各最上级科目之和";
            for (String key : codes.section().amountKeys()) {
                List<Term> terms = top.stream().map(r -> new Term(r.label(), v.amount(r.row(), key))).toList();
                String label = codes.totalLabel();
                TableSums.sum(out, Severity.ERROR, v.at(total, label, key), v.cell(label, key), what,
                        v.amount(total, key), terms, v.scale());
            }
        }
    }

    private static void economicTotal(TableEconomic t6, Findings out) {
        if (t6.total().isEmpty()) {
            return;
        }
        TableView v = t6.view();
        TableRow total = t6.total().get();
        List<TableEconomic.Line> parts = t6.classes().isEmpty() ? t6.lines() : t6.classes();
        String what = t6.classes().isEmpty() ? "各经济科目之和" : "各类经济科目之和";
        String label = TableText.squeeze(v.text(total, "deptEconomicName"));
        for (String key : v.amountKeys()) {
            List<Term> terms = parts.stream().map(l -> new Term(l.label(), v.amount(l.row(), key))).toList();
            TableSums.sum(out, Severity.ERROR, v.at(total, label, key), v.cell(label, key), what, v.amount(total, key),
                    terms, v.scale());
        }
    }

    private static void threePublicTotal(TableThreePublic t10, Findings out) {
        if (t10.columnForm()) {
            t10.columnRow().ifPresent(r -> columnSum(t10.view(), r, TableThreePublic.TOTAL,
                    List.of(TableThreePublic.OUTBOUND, TableThreePublic.RECEPTION, TableThreePublic.VEHICLES),
                    "因公出国（境）费、公务接待费、公务用车购置及运行费之和", out));
            return;
        }
        if (t10.total == null) {
            return;
        }
        TableView v = t10.view();
        List<TableRow> parts = new ArrayList<>();
        addIfPresent(parts, t10.outbound);
        addIfPresent(parts, t10.reception);
        if (t10.vehicles != null) {
            parts.add(t10.vehicles);
        } else {
            addIfPresent(parts, t10.purchase);
            addIfPresent(parts, t10.operation);
        }
        String label = t10.label(t10.total);
        for (String key : v.amountKeys()) {
            List<Term> terms = parts.stream().map(r -> new Term(t10.label(r), v.amount(r, key))).toList();
            TableSums.sum(out, Severity.ERROR, v.at(t10.total, label, key), v.cell(label, key),
                    "因公出国（境）费、公务接待费、公务用车购置及运行费之和", v.amount(t10.total, key), terms, v.scale());
        }
    }

    private static void addIfPresent(List<TableRow> rows, TableRow row) {
        if (row != null) {
            rows.add(row);
        }
    }

    private static void agencyTotal(TableView v, Findings out) {
        TableRow total = null;
        List<TableRow> units = new ArrayList<>();
        for (TableRow r : v.rows()) {
            String name = TableText.squeeze(v.text(r, "unitName"));
            if (name.isEmpty()) {
                continue;
            }
            if (TableText.isTotal(name) && total == null) {
                total = r;
            } else if (!TableText.isTotal(name)) {
                units.add(r);
            }
        }
        if (total == null || units.isEmpty()) {
            return;
        }
        String label = TableText.squeeze(v.text(total, "unitName"));
        for (String key : v.amountKeys()) {
            List<Term> terms = units.stream()
                    .map(r -> new Term(TableText.squeeze(v.text(r, "unitName")), v.amount(r, key))).toList();
            TableSums.sum(out, Severity.ERROR, v.at(total, label, key), v.cell(label, key), "各单位之和",
                    v.amount(total, key), terms, v.scale());
        }
    }

    private static void projectTotal(TableProjects t, Findings out) {
        if (t.department().isEmpty()) {
            return;
        }
        TableView v = t.view();
        TableRow dept = t.department().get();
        boolean byUnit = t.units().stream().allMatch(u -> u.row() != null) && !t.units().isEmpty();
        List<TableRow> parts = byUnit ? t.units().stream().map(TableProjects.Unit::row).toList() : t.projects();
        String what = byUnit ? "各单位之和" : "各项目之和";
        String label = t.name(dept);
        for (String key : v.amountKeys()) {
            List<Term> terms = parts.stream().map(r -> new Term(t.name(r), v.amount(r, key))).toList();
            TableSums.sum(out, Severity.ERROR, v.at(dept, label, key), v.cell(label, key), what, v.amount(dept, key),
                    terms, v.scale());
        }
    }

    // ---- arith.hierarchy ----------------------------------------------------------------------

    private static void hierarchy(CheckContext context, Findings out) {
        for (TableView v : TableView.all(context)) {
            TableRole layout = v.layout();
            if (layout == TableRole.BASIC_BY_ECONOMIC) {
                economicHierarchy(TableEconomic.of(v, context.catalogue()), out);
            } else if (!v.keys(ColumnType.CODE).isEmpty()) {
                codeHierarchy(v, out);
            } else if (layout == TableRole.THREE_PUBLIC) {
                vehicles(TableThreePublic.of(v), out);
            } else if (layout == TableRole.PROJECTS_CURRENT_YEAR || layout == TableRole.PROJECTS_CARRYOVER) {
                unitProjects(TableProjects.of(v, context), out);
            }
        }
    }

    private static void codeHierarchy(TableView v, Findings out) {
        for (TableCodes codes : TableCodes.of(v)) {
            for (TableCodes.CodeRow parent : codes.rows()) {
                List<TableCodes.CodeRow> children = codes.children(parent.code());
                if (children.isEmpty()) {
                    continue;
                }
                String what = children.stream().allMatch(c -> c.code().length() == 5) ? "所属各款之和"
                        : children.stream().allMatch(c -> c.code().length() == 7) ? "所属各项之和" : "所属下级科目之和";
                for (String key : codes.section().amountKeys()) {
                    List<Term> terms = children.stream().map(c -> new Term(c.label(), v.amount(c.row(), key))).toList();
                    TableSums.sum(out, Severity.ERROR, v.at(parent.row(), parent.label(), key),
                            v.cell(parent.label(), key), what, v.amount(parent.row(), key), terms, v.scale());
                }
            }
        }
    }

    private static void economicHierarchy(TableEconomic t6, Findings out) {
        TableView v = t6.view();
        for (TableEconomic.Line cls : t6.classes()) {
            List<TableEconomic.Line> sections = t6.sectionsOf(cls);
            if (sections.isEmpty()) {
                continue;
            }
            for (String key : v.amountKeys()) {
                List<Term> terms = sections.stream().map(l -> new Term(l.label(), v.amount(l.row(), key))).toList();
                TableSums.sum(out, Severity.ERROR, v.at(cls.row(), cls.label(), key), v.cell(cls.label(), key),
                        "所属各款之和", v.amount(cls.row(), key), terms, v.scale());
            }
        }
    }

    private static void vehicles(TableThreePublic t10, Findings out) {
        if (t10.columnForm()) {
            t10.columnRow().ifPresent(r -> columnSum(t10.view(), r, TableThreePublic.VEHICLES,
                    List.of(TableThreePublic.PURCHASE, TableThreePublic.OPERATION), "公务用车购置费与运行费之和", out));
            return;
        }
        if (t10.vehicles == null || (t10.purchase == null && t10.operation == null)) {
            return;
        }
        TableView v = t10.view();
        List<TableRow> parts = new ArrayList<>();
        addIfPresent(parts, t10.purchase);
        addIfPresent(parts, t10.operation);
        String label = t10.label(t10.vehicles);
        for (String key : v.amountKeys()) {
            List<Term> terms = parts.stream().map(r -> new Term(t10.label(r), v.amount(r, key))).toList();
            TableSums.sum(out, Severity.ERROR, v.at(t10.vehicles, label, key), v.cell(label, key),
                    "公务用车购置费与运行维护费之和", v.amount(t10.vehicles, key), terms, v.scale());
        }
    }

    /** A column of a one-row table that is the sum of other columns of the row (skipped when the table lacks one). */
    private static void columnSum(TableView v, TableRow r, String totalKey, List<String> partKeys, String what, Findings out) {
        if (!v.has(totalKey) || !partKeys.stream().allMatch(v::has)) {
            return;
        }
        String label = v.label(totalKey);
        List<Term> terms = partKeys.stream().map(k -> new Term(v.label(k), v.amount(r, k))).toList();
        TableSums.sum(out, Severity.ERROR, v.at(r, label, totalKey), v.cell(label, totalKey), what, v.amount(r, totalKey),
                terms, v.scale());
    }

    private static void unitProjects(TableProjects t, Findings out) {
        TableView v = t.view();
        for (TableProjects.Unit unit : t.units()) {
            if (unit.row() == null) {
                continue;
            }
            String label = t.name(unit.row());
            for (String key : v.amountKeys()) {
                List<Term> terms = unit.projects().stream().map(r -> new Term(t.name(r), v.amount(r, key))).toList();
                TableSums.sum(out, Severity.ERROR, v.at(unit.row(), label, key), v.cell(label, key), "本单位各项目之和",
                        v.amount(unit.row(), key), terms, v.scale());
            }
        }
    }

    // ---- arith.row-identity -------------------------------------------------------------------

    /** The column that should equal the sum of the other columns of its row, per layout. */
    private static final Map<TableRole, List<String>> IDENTITIES = Map.ofEntries(
            Map.entry(TableRole.BUDGET_SUMMARY, List.of("total", "currentYear", "carryover")),
            Map.entry(TableRole.REVENUE_BY_FUNCTION,
                    List.of("total", "generalBudget", "governmentFund", "stateCapital", "specialAccount", "unitFunds")),
            Map.entry(TableRole.EXPENDITURE_BY_FUNCTION, List.of("total", "basic", "project")),
            Map.entry(TableRole.FISCAL_SUMMARY, List.of("subtotal", "generalBudget", "governmentFund", "stateCapital")),
            Map.entry(TableRole.GENERAL_BUDGET_BY_FUNCTION, List.of("total", "basic", "project")),
            Map.entry(TableRole.BASIC_BY_ECONOMIC, List.of("total", "personnel", "operating")),
            Map.entry(TableRole.GOVERNMENT_FUND_EXPENDITURE, List.of("total", "basic", "project")),
            Map.entry(TableRole.STATE_CAPITAL, List.of("total", "basic", "project")),
            Map.entry(TableRole.THREE_PUBLIC, List.of("total", "generalBudget", "governmentFund", "stateCapital")),
            Map.entry(TableRole.AGENCY_OPERATING, List.of("total", "generalBudget", "governmentFund", "stateCapital")),
            Map.entry(TableRole.PROJECTS_CURRENT_YEAR,
                    List.of("total", "generalBudget", "governmentFund", "stateCapital", "specialAccount", "unitFunds")),
            Map.entry(TableRole.PROJECTS_CARRYOVER, List.of("total", "generalBudget", "governmentFund", "stateCapital")));

    private static void rowIdentities(CheckContext context, Findings out) {
        for (TableView v : TableView.all(context)) {
            List<String> identity = v.layout() == null ? null : IDENTITIES.get(v.layout());
            if (identity == null || !v.has(identity.get(0))) {
                continue;
            }
            String result = identity.get(0);
            List<String> parts = identity.subList(1, identity.size()).stream().filter(v::has).toList();
            if (parts.isEmpty()) {
                continue;
            }
            String what = String.join("、", parts.stream().map(k -> "“" + v.label(k) + "”").toList()) + "之和";
            for (TableRow r : v.rows()) {
                String label = v.rowLabel(r, result);
                if ((Names.isDigits(label) && label.length() <= 2) && isColumnNumbers(v, r)) {
                    continue;
                }
                List<Term> terms = parts.stream().map(k -> new Term(v.label(k), v.amount(r, k))).toList();
                TableSums.sum(out, Severity.ERROR, v.at(r, label, result), v.cell(label, result), what,
                        v.amount(r, result), terms, v.scale());
            }
        }
    }

    /** A row of column numbers ("1 2 3 4 5"), printed under some headers. */
    private static boolean isColumnNumbers(TableView v, TableRow r) {
        int expected = 1;
        for (String cell : r.cells()) {
            if (!cell.strip().equals(Integer.toString(expected))) {
                return false;
            }
            expected++;
        }
        return true;
    }

    // ---- arith.summary ------------------------------------------------------------------------

    private static void summaries(CheckContext context, Findings out) {
        for (TableView v : TableView.all(context)) {
            if (v.layout() == TableRole.BUDGET_SUMMARY || v.layout() == TableRole.FISCAL_SUMMARY) {
                TableSummary.of(v).ifPresent(s -> summary(s, out));
            }
        }
    }

    private static void summary(TableSummary s, Findings out) {
        side(s, s.income(), "各项收入之和", out);
        side(s, s.expenditure(), "各类支出之和", out);
        TableSummary.Side in = s.income();
        TableSummary.Side ex = s.expenditure();
        if (in.grandTotal != null && ex.grandTotal != null) {
            TableView v = s.view();
            String inKey = in.amountKeys.get(0);
            String exKey = ex.amountKeys.get(0);
            String inLabel = s.label(in, in.grandTotal);
            String exLabel = s.label(ex, ex.grandTotal);
            TableSums.compare(out, Severity.ERROR, v.at(in.grandTotal, inLabel, inKey), v.cell(inLabel, inKey),
                    v.cell(exLabel, exKey), v.amount(in.grandTotal, inKey), v.amount(ex.grandTotal, exKey), 1, v.scale(),
                    Findings.evidence(Evidence.AGAINST, v.at(ex.grandTotal, exLabel, exKey).describe()));
        }
    }

    private static void side(TableSummary s, TableSummary.Side side, String itemsWhat, Findings out) {
        TableView v = s.view();
        for (String key : side.amountKeys) {
            if (side.total != null && !side.items.isEmpty()) {
                String label = s.label(side, side.total);
                List<Term> terms = side.items.stream().map(r -> new Term(s.label(side, r), v.amount(r, key))).toList();
                TableSums.sum(out, Severity.ERROR, v.at(side.total, label, key), v.cell(label, key), itemsWhat,
                        v.amount(side.total, key), terms, v.scale());
            }
            for (TableSummary.Block b : side.blocks) {
                if (b.parts().isEmpty()) {
                    continue;
                }
                String label = s.label(side, b.head());
                List<Term> terms = b.parts().stream().map(r -> new Term(s.label(side, r), v.amount(r, key))).toList();
                TableSums.sum(out, Severity.ERROR, v.at(b.head(), label, key), v.cell(label, key), "其下各项之和",
                        v.amount(b.head(), key), terms, v.scale());
            }
            if (side.grandTotal != null && side.total != null) {
                String label = s.label(side, side.grandTotal);
                List<Term> terms = new ArrayList<>();
                terms.add(new Term(s.label(side, side.total), v.amount(side.total, key)));
                for (TableSummary.Block b : side.blocks) {
                    terms.add(new Term(s.label(side, b.head()), v.amount(b.head(), key)));
                }
                String what = String.join("与", terms.stream().map(t -> "“" + t.label() + "”").toList()) + "之和";
                TableSums.sum(out, Severity.ERROR, v.at(side.grandTotal, label, key), v.cell(label, key), what,
                        v.amount(side.grandTotal, key), terms, v.scale());
            }
        }
    }
}
