package org.gongkai.core.check.view;

import org.gongkai.core.check.engine.Location;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.model.Column;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;

/**
 * The code rows of a table printed by 科目编码 (T2, T3, T5, T7, T8, T9): which rows are 类/款/项,
 * which printed row is the parent of which, and the 合计 row.
 */
public final class TableCodes {

    /**
     * A block of columns: a code column (or the 类|款|项 columns, keyed by the first), the name column
     * after it and the amount columns after that.
     */
    public record Section(String codeKey, String nameKey, List<String> amountKeys) {

        /** Whether the code is printed in 类|款|项 columns rather than whole in one. */
        public boolean parts() {
            return codeKey.equals(PrintedTable.CODE_PARTS.get(0));
        }
    }

    /** A row with a 3-, 5- or 7-digit code (digits only, as {@link Catalogue#normalizeCode} reads it). */
    public record CodeRow(String code, String name, TableRow row) {

        public String label() {
            return name.isEmpty() ? code : code + " " + name;
        }
    }

    private final TableView view;
    private final Section section;
    private final List<CodeRow> rows;
    /** The codes printed (3, 5 or 7 digits), for the nearest printed ancestor of a code. */
    private final java.util.Set<String> printedCodes;
    /** The rows by their nearest printed ancestor ("" for the top level), in printed order. */
    private final java.util.Map<String, List<CodeRow>> childrenByParent;
    /** Whether each row of a table with 类|款|项 columns prints a code there (read once: a row's code depends on those above it). */
    private final java.util.Map<TableRow, Boolean> partCodes;

    private TableCodes(TableView view, Section section) {
        this.view = view;
        this.section = section;
        List<CodeRow> found = new ArrayList<>();
        List<Optional<FunctionCode>> codes = section.parts() ? view.table().functionCodes() : List.of();
        this.partCodes = new java.util.IdentityHashMap<>();
        for (int i = 0; i < view.rows().size(); i++) {
            TableRow r = view.rows().get(i);
            if (section.parts()) {
                partCodes.put(r, codes.get(i).isPresent());
            }
            String code = section.parts() ? codes.get(i).map(FunctionCode::digits).orElse(null)
                    : Catalogue.normalizeCode(view.text(r, section.codeKey()));
            if (code != null && (code.length() == 3 || code.length() == 5 || code.length() == 7)) {
                found.add(new CodeRow(code, TableText.squeeze(view.text(r, section.nameKey())), r));
            }
        }
        this.rows = List.copyOf(found);
        java.util.Set<String> printed = new java.util.HashSet<>();
        for (CodeRow r : rows) {
            printed.add(r.code());
        }
        this.printedCodes = printed;
        java.util.Map<String, List<CodeRow>> byParent = new java.util.HashMap<>();
        for (CodeRow r : rows) {
            byParent.computeIfAbsent(nearestAncestor(r.code()), k -> new ArrayList<>()).add(r);
        }
        this.childrenByParent = byParent;
    }

    /**
     * The code sections of a table: one per CODE column (T9 has two: 收入 and 支出), the 类|款|项
     * columns of a profile that prints codes in parts counting as one.
     */
    public static List<TableCodes> of(TableView view) {
        List<TableCodes> sections = view.codeSections;
        if (sections == null) {
            sections = List.copyOf(read(view));
            view.codeSections = sections;
        }
        return sections;
    }

    private static List<TableCodes> read(TableView view) {
        List<TableCodes> out = new ArrayList<>();
        List<Column> cols = view.table().columns();
        for (int i = 0; i < cols.size(); i++) {
            if (cols.get(i).type() != ColumnType.CODE || isLaterPart(cols.get(i).key())) {
                continue;
            }
            int last = i;
            if (cols.get(i).key().equals(PrintedTable.CODE_PARTS.get(0))) {
                while (last + 1 < cols.size() && isLaterPart(cols.get(last + 1).key())) {
                    last++;
                }
            }
            String name = last + 1 < cols.size() && cols.get(last + 1).type() == ColumnType.TEXT ? cols.get(last + 1).key() : null;
            List<String> amounts = new ArrayList<>();
            for (int k = last + 1; k < cols.size() && cols.get(k).type() != ColumnType.CODE; k++) {
                if (cols.get(k).type() == ColumnType.AMOUNT) {
                    amounts.add(cols.get(k).key());
                }
            }
            out.add(new TableCodes(view, new Section(cols.get(i).key(), name == null ? cols.get(i).key() : name, amounts)));
        }
        return out;
    }

    private static boolean isLaterPart(String key) {
        return PrintedTable.CODE_PARTS.indexOf(key) > 0;
    }

    /**
     * The section whose code column is {@code codeKey}, if the table has it; for
     * {@link PrintedTable#CODE} also the 类|款|项 columns of a table that prints the function code so.
     */
    public static Optional<TableCodes> of(TableView view, String codeKey) {
        return of(view).stream().filter(c -> c.section.codeKey().equals(codeKey)
                || codeKey.equals(PrintedTable.CODE) && c.section.parts()).findFirst();
    }

    /** The code of a row as printed: the code cell, or the 类|款|项 cells that are not blank, spaced. */
    public String printedCode(TableRow row) {
        if (!section.parts()) {
            return view.text(row, section.codeKey()).strip();
        }
        List<String> parts = new ArrayList<>();
        for (String key : PrintedTable.CODE_PARTS) {
            String part = view.table().hasColumn(key) ? view.text(row, key).strip() : "";
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return String.join(" ", parts);
    }

    /** Whether a row's printed code is a 类, 款 or 项 code (3, 5 or 7 digits, whole or in its columns). */
    public boolean wellFormed(TableRow row) {
        if (section.parts()) {
            Boolean known = partCodes.get(row);
            return known != null ? known : view.table().functionCode(row).isPresent();
        }
        String code = Catalogue.normalizeCode(view.text(row, section.codeKey()));
        return code != null && (code.length() == 3 || code.length() == 5 || code.length() == 7);
    }

    public TableView view() {
        return view;
    }

    public Section section() {
        return section;
    }

    public List<CodeRow> rows() {
        return rows;
    }

    public Optional<CodeRow> row(String code) {
        return rows.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /** The printed rows right below {@code parent}: those under it with no printed row in between. */
    public List<CodeRow> children(String parent) {
        return new ArrayList<>(childrenByParent.getOrDefault(parent, List.of()));
    }

    /** The rows with no printed ancestor (the 类 rows, when 类 are printed). */
    public List<CodeRow> topLevel() {
        return List.copyOf(childrenByParent.getOrDefault("", List.of()));
    }

    /** The longest printed code that is a proper prefix of {@code code}; "" when none. */
    String nearestAncestor(String code) {
        // printed codes are 3, 5 or 7 digits: the proper prefixes to look for are of 5 and 3 digits
        for (int len = 5; len >= 3; len -= 2) {
            if (len < code.length() && printedCodes.contains(code.substring(0, len))) {
                return code.substring(0, len);
            }
        }
        return "";
    }

    /** Rows with no printed child (项, or a 类/款 printed without detail). */
    public List<CodeRow> leaves() {
        return rows.stream().filter(r -> children(r.code()).isEmpty()).toList();
    }

    /**
     * The 合计/总计 row: the first row whose code or name cell is a total label; failing that (T9
     * prints one 合计 row for both sides, labelled in the first column), the first row with a total
     * label in any code or text column.
     */
    public Optional<TableRow> totalRow() {
        for (TableRow r : view.rows()) {
            if (TableText.isTotal(view.text(r, section.codeKey())) || TableText.isTotal(view.text(r, section.nameKey()))) {
                return Optional.of(r);
            }
        }
        for (TableRow r : view.rows()) {
            for (Column c : view.table().columns()) {
                if (c.type() != ColumnType.AMOUNT && TableText.isTotal(view.text(r, c.key()))) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The figure of a code in a column: the printed row's cell, or — when the code has no row —
     * the sum of the printed rows right below it; null when neither holds a figure.
     */
    public BigDecimal value(String code, String key) {
        Optional<CodeRow> r = row(code);
        if (r.isPresent()) {
            return view.amount(r.get().row(), key);
        }
        BigDecimal sum = null;
        for (CodeRow c : rows) {
            if (c.code().startsWith(code) && c.code().length() > code.length()
                    && (nearestAncestor(c.code()).length() < code.length())) {
                sum = TableSums.add(sum, view.amount(c.row(), key));
            }
        }
        return sum;
    }

    /** Whether the code is printed, or has printed rows under it. */
    public boolean covers(String code) {
        return rows.stream().anyMatch(r -> r.code().startsWith(code));
    }

    /** The table's total in a column: the 合计 row, or the sum of the top-level rows when there is none. */
    public BigDecimal total(String key) {
        Optional<TableRow> t = totalRow();
        if (t.isPresent()) {
            return view.amount(t.get(), key);
        }
        BigDecimal sum = null;
        for (CodeRow r : topLevel()) {
            sum = TableSums.add(sum, view.amount(r.row(), key));
        }
        return sum;
    }

    /** Label of the total row ("合计" as printed). */
    public String totalLabel() {
        return totalRow().map(r -> {
            for (Column c : view.table().columns()) {
                String text = TableText.squeeze(view.text(r, c.key()));
                if (c.type() != ColumnType.AMOUNT && TableText.isTotal(text)) {
                    return text;
                }
            }
            return "合计";
        }).orElse("合计");
    }

    /** Where the table's total of a column is: its 合计 row, or the table. */
    public Location totalLocation(String key) {
        return totalRow().map(r -> view.at(r, totalLabel(), key)).orElse(
                Location.ofTable(view.name(), "合计", view.label(key), view.table().source()));
    }
}
