package org.gongkai.core.check.cross;

import static org.gongkai.core.check.cross.CrossTables.against;
import static org.gongkai.core.check.cross.CrossTables.codes;
import static org.gongkai.core.check.cross.CrossTables.scale;

import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.Category;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.check.engine.Tolerance;
import org.gongkai.core.check.view.TableCodes;
import org.gongkai.core.check.view.TableEconomic;
import org.gongkai.core.check.view.TableSums;
import org.gongkai.core.check.view.TableText;
import org.gongkai.core.check.view.TableThreePublic;
import org.gongkai.core.check.view.TableView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TableRole;


/**
 * Rules of the family 表间勾稽 (domain.md §3, "Across tables"): the 三公 and 机关运行经费 tables against basic expenditure by economic class, and the no-data note of every table. Tables are found by their role
 * in the profile; amounts are compared in the comparison unit (see {@link TableView#findInComparisonUnit}).
 */
final class CrossBasicRules {

    static final Rule THREE_PUBLIC_BASIC = Rule.of("cross.three-public-basic", Category.CROSS_TABLE, Severity.ERROR,
            "{BASIC_BY_ECONOMIC}基本支出中的“三公”经费不大于{THREE_PUBLIC}（{THREE_PUBLIC}还含项目支出安排）：因公出国（境）费用（30212）、"
                    + "公务接待费（30217）、公务用车运行维护费（30231）、公务用车购置（31013、30913）",
            CrossBasicRules::threePublicBasic).alias("cross.t10-t6");

    static final Rule AGENCY_OPERATING_BASIC = Rule.of("cross.agency-operating-basic", Category.CROSS_TABLE, Severity.WARNING,
            "{AGENCY_OPERATING}机关运行经费不大于{BASIC_BY_ECONOMIC}公用经费（大于为错误）；行政单位和参公事业单位的机关运行经费应等于公用经费，不等时提示核实",
            CrossBasicRules::agencyOperatingBasic).alias("cross.t11-t6");

    static final Rule EMPTY_NOTE = Rule.of("cross.empty-note", Category.CROSS_TABLE, Severity.ERROR,
            "无数据的表注明“本表无数据”：有金额的表不应注明无数据（错误），全部空白的表应注明（警告）",
            CrossBasicRules::emptyNote);

    private CrossBasicRules() {
    }

    // ---- cross.three-public-basic -------------------------------------------------------------------------

    static void threePublicBasic(CheckContext c, Findings out) {
        Optional<TableView> t6 = TableView.findInComparisonUnit(c, TableRole.BASIC_BY_ECONOMIC);
        Optional<TableView> t10 = TableView.findInComparisonUnit(c, TableRole.THREE_PUBLIC);
        if (t6.isEmpty() || t10.isEmpty()) {
            return;
        }
        TableEconomic e = TableEconomic.of(t6.get(), c.catalogue());
        TableThreePublic p = TableThreePublic.of(t10.get());
        TableView v10 = p.view();
        if (p.columnForm()) {
            Optional<TableRow> row = p.columnRow();
            if (row.isPresent()) {
                threePublicItem(out, e, List.of("30212"), p, row.get(), "因公出国（境）费", TableThreePublic.OUTBOUND);
                threePublicItem(out, e, List.of("30217"), p, row.get(), "公务接待费", TableThreePublic.RECEPTION);
                threePublicItem(out, e, List.of("30231"), p, row.get(), "公务用车运行维护费", TableThreePublic.OPERATION);
                threePublicItem(out, e, List.of("31013", "30913"), p, row.get(), "公务用车购置费", TableThreePublic.PURCHASE);
            }
            return;
        }
        String key10 = v10.has("generalBudget") ? "generalBudget" : "total";
        threePublicItem(out, e, List.of("30212"), p, p.outbound, "因公出国（境）费", key10);
        threePublicItem(out, e, List.of("30217"), p, p.reception, "公务接待费", key10);
        threePublicItem(out, e, List.of("30231"), p, p.operation, "公务用车运行维护费", key10);
        threePublicItem(out, e, List.of("31013", "30913"), p, p.purchase, "公务用车购置费", key10);
    }

    static void threePublicItem(Findings out, TableEconomic e, List<String> codes, TableThreePublic p, TableRow row10,
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
        if (!v10.has(key10)) {
            return;
        }
        String label10 = row10 == null ? item : p.columnForm() ? item : p.label(row10);
        BigDecimal bound = row10 == null ? null : v10.amount(row10, key10);
        Location where = row10 == null ? Location.ofTable(v10.name(), item, v10.label(key10), v10.table().source())
                : v10.at(row10, label10, key10);
        TableSums.atMost(out, Severity.ERROR, where, v6.cell(first.label(), "total"), in6, v10.cell(label10, key10), bound,
                1, scale(v6, v10), against(v6.at(first.row(), first.label(), "total")));
    }

    // ---- cross.agency-operating-basic -------------------------------------------------------------------------

    static void agencyOperatingBasic(CheckContext c, Findings out) {
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
    static Optional<String> institutionOperation(CheckContext c) {
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

    static void emptyNote(CheckContext c, Findings out) {
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
