package org.gongkai.core.derive;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.Column;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.SourceRef;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.profile.TableSpec;

/**
 * How one table of a profile prints its cells: a row is filled by column key and aligned to the
 * profile's columns (a key the profile does not print is left out), an amount is converted to the
 * table's unit and rounded half-up to its decimals — each cell on its own — and a function code is
 * printed whole in a {@code code} column or in {@code codeClass|codeSection|codeItem} columns.
 */
final class TablePrinter {

    private final TableSpec spec;
    private final Set<String> keys = new HashSet<>();
    private boolean figures;

    TablePrinter(TableSpec spec) {
        this.spec = spec;
        for (Column c : spec.columns()) {
            keys.add(c.key());
        }
    }

    /**
     * An amount as a cell: blank when nothing contributes or it is zero, else in the table's unit,
     * rounded half-up to the table's decimals ("15.00").
     */
    String money(Amount amount) {
        if (amount == null || amount.isZero()) {
            return "";
        }
        figures = true;
        return amount.to(spec.unit()).value().setScale(spec.decimals(), RoundingMode.HALF_UP).toPlainString();
    }

    TableSpec spec() {
        return spec;
    }

    /** Whether any amount was printed (else the table gets the profile's no-data note). */
    boolean hasFigures() {
        return figures;
    }

    Row row() {
        return new Row();
    }

    /** One body row being filled, by column key. */
    final class Row {
        private final Map<String, String> cells = new HashMap<>();

        Row text(String key, String text) {
            cells.put(key, text == null ? "" : text);
            return this;
        }

        Row money(String key, Amount amount) {
            cells.put(key, TablePrinter.this.money(amount));
            return this;
        }

        /**
         * A function code the way the profile prints it: whole ("21205"), or every part the code
         * has in the 类|款|项 columns ("212", "05", "" for a 款).
         */
        Row code(FunctionCode code) {
            if (keys.contains(PrintedTable.CODE)) {
                return text(PrintedTable.CODE, code.digits());
            }
            List<String> parts = code.parts();
            for (int i = 0; i < PrintedTable.CODE_PARTS.size(); i++) {
                text(PrintedTable.CODE_PARTS.get(i), i < parts.size() ? parts.get(i) : "");
            }
            return this;
        }

        /** A row label printed where the codes are ("合计"): the code column, or the 类 column. */
        Row codeLabel(String label) {
            return text(keys.contains(PrintedTable.CODE) ? PrintedTable.CODE : PrintedTable.CODE_PARTS.get(0), label);
        }

        TableRow build() {
            List<String> out = new ArrayList<>(spec.columns().size());
            for (Column c : spec.columns()) {
                out.add(cells.getOrDefault(c.key(), ""));
            }
            return new TableRow(out, SourceRef.NONE);
        }
    }
}
