package org.gongkai.core.ingest.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PrintedTable;

/** The round-trip tests' comparison of two disclosures' tables: the differences, empty when none. */
final class TableDifferences {

    private TableDifferences() {
    }

    /** Year, department, the tables in order and, for each, its title, unit, columns, notes and every row's cells. */
    static List<String> of(Disclosure want, Disclosure got) {
        List<String> diff = new ArrayList<>();
        check(diff, "year", want.metadata().fiscalYear(), got.metadata().fiscalYear());
        check(diff, "department", want.metadata().department(), got.metadata().department());
        check(diff, "tables", want.tables().stream().map(PrintedTable::id).toList(), got.tables().stream().map(PrintedTable::id).toList());
        for (PrintedTable w : want.tables()) {
            PrintedTable g = got.table(w.id()).orElse(null);
            if (g == null) {
                continue;
            }
            check(diff, w.id() + " title", w.title(), g.title());
            check(diff, w.id() + " unit", w.unit(), g.unit());
            check(diff, w.id() + " columns", w.columns(), g.columns());
            check(diff, w.id() + " notes", w.notes(), g.notes());
            check(diff, w.id() + " row count", w.rows().size(), g.rows().size());
            for (int i = 0; i < Math.min(w.rows().size(), g.rows().size()); i++) {
                check(diff, w.id() + " row " + (i + 1), w.rows().get(i).cells(), g.rows().get(i).cells());
            }
        }
        return diff;
    }

    /** Adds a difference when the two values differ. */
    static void check(List<String> diff, String what, Object want, Object got) {
        if (!Objects.equals(want, got)) {
            diff.add(what + ": " + want + " ≠ " + got);
        }
    }
}
