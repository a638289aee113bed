package org.gongkai.core.check.cross;

import org.gongkai.core.check.engine.Evidence;
import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Findings;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Severity;
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
import org.gongkai.core.model.TableRole;





/** What the cross-table rules share: how they find a table's codes or summary, the rounding scale of a comparison, evidence of the other cell. */
final class CrossTables {

    private CrossTables() {
    }

    static final String CODE = "code";
    static final List<FundSource> FISCAL = List.of(FundSource.GENERAL_BUDGET, FundSource.GOVERNMENT_FUND,
            FundSource.STATE_CAPITAL);

    // ---- lookups ------------------------------------------------------------------------------

    static Optional<TableCodes> codes(CheckContext c, TableRole layout) {
        return TableView.findInComparisonUnit(c, layout).flatMap(v -> TableCodes.of(v, CODE));
    }

    static Optional<TableSummary> summary(CheckContext c, TableRole layout) {
        return TableView.findInComparisonUnit(c, layout).flatMap(TableSummary::of);
    }

    /**
     * The rounding scale of a comparison: of the finer table when both print the same unit; of the
     * coarser when they do not (a 万元 figure against a 元 one is only as exact as the 万元 one).
     */
    static int scale(TableView a, TableView b) {
        return a.printedUnit() == b.printedUnit() ? Math.max(a.scale(), b.scale()) : Math.min(a.scale(), b.scale());
    }

    static Map<String, String> against(Location other) {
        return Findings.evidence(Evidence.AGAINST, other.describe());
    }

    /**
     * For every code printed in either table: the detail table's cell (column {@code key}) equals the
     * figure {@code expected} computes from the other table. A code the detail table lacks is reported
     * once, at its highest missing level.
     */
    static void perCode(Findings out, TableCodes detail, TableCodes other, String key,
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
}
