package org.gongkai.core.check;

import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Location;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TocEntry;

/** Builds damaged copies of a disclosure for the rule tests: one cell, one row, one table at a time. */
public final class TableEdits {

    private TableEdits() {
    }

    /** The disclosure with cell {@code key} of the row read from source line {@code line} of table {@code id} set to {@code value}. */
    public static Disclosure cell(Disclosure d, String id, int line, String key, String value) {
        return table(d, id, t -> {
            int col = t.columnIndex(key);
            boolean found = false;
            List<TableRow> rows = new ArrayList<>();
            for (TableRow r : t.rows()) {
                if (r.line() == line) {
                    List<String> cells = new ArrayList<>(r.cells());
                    while (cells.size() <= col) {
                        cells.add("");
                    }
                    cells.set(col, value);
                    rows.add(new TableRow(cells, r.line()));
                    found = true;
                } else {
                    rows.add(r);
                }
            }
            if (!found) {
                throw new IllegalArgumentException(id + " has no row from line " + line);
            }
            return withRows(t, rows);
        });
    }

    /** The disclosure with table {@code id} replaced by {@code edit} of it. */
    public static Disclosure table(Disclosure d, String id, UnaryOperator<PrintedTable> edit) {
        List<PrintedTable> tables = new ArrayList<>();
        for (PrintedTable t : d.tables()) {
            tables.add(t.id().equals(id) ? edit.apply(t) : t);
        }
        return withTables(d, tables);
    }

    /** The disclosure without table {@code id}. */
    public static Disclosure without(Disclosure d, String id) {
        return withTables(d, d.tables().stream().filter(t -> !t.id().equals(id)).toList());
    }

    public static Disclosure withTables(Disclosure d, List<PrintedTable> tables) {
        return new Disclosure(d.metadata(), d.tableOfContents(), d.overview(), tables, d.narrative(), d.performanceTargets(),
                d.procurement(), d.assets(), d.glossary(), d.readingNotes());
    }

    public static Disclosure withToc(Disclosure d, List<TocEntry> toc) {
        return new Disclosure(d.metadata(), toc, d.overview(), d.tables(), d.narrative(), d.performanceTargets(),
                d.procurement(), d.assets(), d.glossary(), d.readingNotes());
    }

    public static PrintedTable withRows(PrintedTable t, List<TableRow> rows) {
        return t.withRows(rows);
    }

    public static PrintedTable withNotes(PrintedTable t, List<String> notes) {
        return new PrintedTable(t.id(), t.role(), t.name(), t.label(), t.title(), t.department(), t.unit(), t.headerRows(), t.columns(), t.rows(),
                notes, t.source());
    }

    public static PrintedTable withTitle(PrintedTable t, String title) {
        return new PrintedTable(t.id(), t.role(), t.name(), t.label(), title, t.department(), t.unit(), t.headerRows(), t.columns(), t.rows(),
                t.notes(), t.source());
    }

    /** Runs the rules over the disclosure and returns their findings, most severe first. */
    public static List<Finding> check(Disclosure d, List<Rule> rules) {
        return new Checker(rules).check(d).findings();
    }

    /** Findings at error or warning. */
    public static List<Finding> serious(Disclosure d, List<Rule> rules) {
        return check(d, rules).stream().filter(f -> f.severity() != Severity.INFO).toList();
    }

    /** "rule|severity|table|row|column|line", for asserting where a finding is. */
    public static String where(Finding f) {
        Location l = f.location();
        return f.rule() + "|" + f.severity().code() + "|" + l.table() + "|" + l.row() + "|" + l.column() + "|" + l.line();
    }
}
