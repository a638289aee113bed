package org.gongkai.core.check.performance;

import org.gongkai.core.check.engine.CheckContext;

import org.gongkai.core.model.SourceRef;
import org.gongkai.core.model.TableRole;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.facts.FundYear;
import org.gongkai.core.facts.ProjectFacts;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;

/**
 * A project of the project tables as the performance forms see it: one name, with its rows in T12
 * (本年预算) and T13 (上年结转) — a name may have several rows (money carried over from several
 * years) and may appear in both tables. Amounts are in 万元 as printed.
 *
 * @param name the name as printed in its first row (whitespace removed)
 * @param rows its rows, in printed order
 */
public record PerformanceProject(String name, List<PerformanceProject.Row> rows) {

    /**
     * One printed row.
     *
     * @param period current year (T12) or carryover (T13)
     * @param table  the name of the project table it is listed in, as the profile prints it ("表十二")
     * @param amount 合计 in 万元
     * @param line   source line, 0 when not found
     */
    record Row(FundYear period, String table, BigDecimal amount, SourceRef source) {
    }

    public PerformanceProject {
        rows = List.copyOf(rows);
    }

    /** The projects of T12 and T13 ({@link CheckContext#facts()}), grouped by name (width and spaces ignored). */
    static List<PerformanceProject> all(CheckContext context) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Row>> rows = new LinkedHashMap<>();
        Map<String, Integer> searchFrom = new LinkedHashMap<>();
        for (ProjectFacts p : context.facts().projects()) {
            TableRole role = p.fundYear() == FundYear.CARRYOVER ? TableRole.PROJECTS_CARRYOVER : TableRole.PROJECTS_CURRENT_YEAR;
            String table = context.tableName(role);
            String key = PerformanceNames.fold(p.name());
            names.putIfAbsent(key, PerformanceNames.squeeze(p.name()));
            SourceRef line = context.table(role).map(t -> findLine(t, p, searchFrom)).orElse(SourceRef.NONE);
            rows.computeIfAbsent(key, k -> new ArrayList<>()).add(new Row(p.fundYear(), table, p.total().to(MoneyUnit.WAN).value(), line));
        }
        List<PerformanceProject> out = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : rows.entrySet()) {
            out.add(new PerformanceProject(names.get(e.getKey()), e.getValue()));
        }
        return out;
    }

    /** The line of the next row of the table printing this project's name and total. */
    private static SourceRef findLine(PrintedTable t, ProjectFacts p, Map<String, Integer> searchFrom) {
        if (!t.hasColumn("projectName")) {
            return SourceRef.NONE;
        }
        String name = PerformanceNames.squeeze(p.name());
        int from = searchFrom.getOrDefault(t.id(), 0);
        List<TableRow> body = t.rows();
        for (int i = from; i < body.size(); i++) {
            TableRow r = body.get(i);
            if (PerformanceNames.squeeze(t.text(r, "projectName")).equals(name) && sameTotal(t, r, printed(p, t))) {
                searchFrom.put(t.id(), i + 1);
                return r.source();
            }
        }
        return SourceRef.NONE;
    }

    /** The project's total as the table prints it: in the table's unit, to the cent of that unit. */
    private static BigDecimal printed(ProjectFacts p, PrintedTable t) {
        MoneyUnit unit = t.unit() == null ? MoneyUnit.WAN : t.unit();
        return p.total().to(unit).value().setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static boolean sameTotal(PrintedTable t, TableRow r, BigDecimal total) {
        if (!t.hasColumn("total")) {
            return true;
        }
        try {
            Optional<BigDecimal> printed = t.amount(r, "total");
            return printed.map(v -> v.compareTo(total) == 0).orElse(total.signum() == 0);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Σ of the rows of one period (null when the project has none). */
    BigDecimal amount(FundYear period) {
        BigDecimal sum = null;
        for (Row r : rows) {
            if (r.period() == period) {
                sum = sum == null ? r.amount() : sum.add(r.amount());
            }
        }
        return sum;
    }

    /** Σ of every row. */
    BigDecimal total() {
        return rows.stream().map(Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    boolean hasCurrentYear() {
        return rows.stream().anyMatch(r -> r.period() == FundYear.CURRENT_YEAR);
    }

    /** The first row (of T12 when there is one). */
    Row firstRow() {
        return rows.stream().filter(r -> r.period() == FundYear.CURRENT_YEAR).findFirst().orElse(rows.get(0));
    }

    /**
     * The amounts a form's 年度资金总额 may equal, in 万元: this year's money (T12), the carried-over
     * money (T13), or both together.
     */
    List<BigDecimal> acceptedAnnualAmounts() {
        List<BigDecimal> out = new ArrayList<>();
        BigDecimal current = amount(FundYear.CURRENT_YEAR);
        BigDecimal carryover = amount(FundYear.CARRYOVER);
        if (current != null) {
            out.add(current);
        }
        if (carryover != null) {
            out.add(carryover);
        }
        if (current != null && carryover != null) {
            out.add(current.add(carryover));
        }
        return out;
    }

    /** The amount a form's 年度资金总额 is reported against: T12's when present, else T13's. */
    BigDecimal expectedAnnualAmount() {
        BigDecimal current = amount(FundYear.CURRENT_YEAR);
        return current != null ? current : amount(FundYear.CARRYOVER);
    }

    /** The project tables that list it, as printed: "表十二", "表十三" or "表十二、表十三". */
    String tables() {
        return String.join("、", rows.stream().map(Row::table).distinct().toList());
    }
}
