package org.gongkai.core.check.view;

import org.gongkai.core.check.engine.CheckContext;
import org.gongkai.core.check.engine.Location;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.core.model.Names;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TableRole;

/**
 * A 项目支出预算表 (T12, T13) read as printed: the department row first (the table's total), then
 * for each 单位 a unit row and its project rows. Unit rows are recognised by name — the department,
 * the units of T11 and the 实施单位 of the performance tables — or, failing that, by their totals.
 */
public final class TableProjects {

    /** A unit row (null when projects are listed straight under the department) and its projects. */
    public record Unit(TableRow row, List<TableRow> projects) {
    }

    private static final String NAME = "projectName";

    private final TableView view;
    private final TableRow department;
    private final List<Unit> units;

    private TableProjects(TableView view, TableRow department, List<Unit> units) {
        this.view = view;
        this.department = department;
        this.units = units;
    }

    public static TableProjects of(TableView view, CheckContext context) {
        List<TableRow> rows = new ArrayList<>();
        for (TableRow r : view.rows()) {
            String name = TableText.squeeze(view.text(r, NAME));
            if (!name.isEmpty() && !Names.isDigits(name)) {
                rows.add(r);
            }
        }
        Set<String> known = knownUnits(view, context);
        TableRow department = null;
        int start = 0;
        if (!rows.isEmpty()) {
            String first = TableText.squeeze(view.text(rows.get(0), NAME));
            if (known.contains(first) || TableText.isTotal(first)) {
                department = rows.get(0);
                start = 1;
            }
        }
        List<TableRow> rest = rows.subList(start, rows.size());
        List<Unit> units = byName(view, rest, known);
        if (units == null) {
            units = byTotals(view, rest, department);
        }
        return new TableProjects(view, department, units);
    }

    private static Set<String> knownUnits(TableView view, CheckContext context) {
        Set<String> names = new LinkedHashSet<>();
        Disclosure d = context.disclosure();
        addName(names, d.metadata().department());
        addName(names, view.table().department());
        TableView.find(context, TableRole.AGENCY_OPERATING).ifPresent(t11 -> {
            for (TableRow r : t11.rows()) {
                String unit = TableText.squeeze(t11.text(r, "unitName"));
                if (!TableText.isTotal(unit)) {
                    addName(names, unit);
                }
            }
        });
        for (PerformanceTarget p : d.performanceTargets()) {
            addName(names, p.implementingUnit());
        }
        return names;
    }

    private static void addName(Set<String> names, String name) {
        String s = TableText.squeeze(name);
        if (!s.isEmpty()) {
            names.add(s);
        }
    }

    /** Units by known names; null when no row after the department row carries a known unit name. */
    private static List<Unit> byName(TableView view, List<TableRow> rows, Set<String> known) {
        List<Unit> units = new ArrayList<>();
        boolean any = false;
        for (TableRow r : rows) {
            if (known.contains(TableText.squeeze(view.text(r, NAME)))) {
                units.add(new Unit(r, new ArrayList<>()));
                any = true;
            } else if (units.isEmpty()) {
                units.add(new Unit(null, new ArrayList<>()));
                units.get(0).projects().add(r);
            } else {
                units.get(units.size() - 1).projects().add(r);
            }
        }
        return any ? units : null;
    }

    /**
     * Units by totals: when the rows after the department row are not all projects of it, looks for
     * unit rows each equal to the sum of the rows after it up to the next; else one block of projects.
     */
    private static List<Unit> byTotals(TableView view, List<TableRow> rows, TableRow department) {
        List<Unit> single = new ArrayList<>();
        single.add(new Unit(null, new ArrayList<>(rows)));
        if (department == null || rows.isEmpty()) {
            return single;
        }
        BigDecimal head = view.amount(department, "total");
        BigDecimal all = BigDecimal.ZERO;
        for (TableRow r : rows) {
            all = all.add(TableSums.orZero(view.amount(r, "total")));
        }
        if (head == null || head.compareTo(all) == 0) {
            return single;
        }
        List<Unit> units = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            BigDecimal unitTotal = view.amount(rows.get(i), "total");
            if (unitTotal == null) {
                return single;
            }
            BigDecimal running = BigDecimal.ZERO;
            int end = -1;
            for (int k = i + 1; k < rows.size(); k++) {
                running = running.add(TableSums.orZero(view.amount(rows.get(k), "total")));
                if (running.compareTo(unitTotal) == 0) {
                    end = k + 1;
                    break;
                }
            }
            if (end < 0) {
                return single;
            }
            units.add(new Unit(rows.get(i), new ArrayList<>(rows.subList(i + 1, end))));
            i = end;
        }
        return units;
    }

    public TableView view() {
        return view;
    }

    /** The department row (the table's total), if printed. */
    public Optional<TableRow> department() {
        return Optional.ofNullable(department);
    }

    public List<Unit> units() {
        return units;
    }

    /** Every project row. */
    public List<TableRow> projects() {
        List<TableRow> out = new ArrayList<>();
        for (Unit u : units) {
            out.addAll(u.projects());
        }
        return out;
    }

    /** The table's total in a column: the department row, else Σ unit rows, else Σ projects. */
    public BigDecimal total(String key) {
        if (department != null) {
            return view.amount(department, key);
        }
        BigDecimal sum = null;
        for (Unit u : units) {
            if (u.row() != null) {
                sum = TableSums.add(sum, view.amount(u.row(), key));
            } else {
                for (TableRow p : u.projects()) {
                    sum = TableSums.add(sum, view.amount(p, key));
                }
            }
        }
        return sum;
    }

    /** Where the total is: the department row, or the table. */
    public Location totalLocation(String key) {
        return department == null ? Location.ofTable(view.name(), "合计", view.label(key), view.table().source())
                : view.at(department, name(department), key);
    }

    public String name(TableRow row) {
        return TableText.squeeze(view.text(row, NAME));
    }
}
