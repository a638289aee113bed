package org.gongkai.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A budget table as printed.
 *
 * @param id           the profile's key for the table (anchors); code finds a table by its role
 * @param role         what the table is for (null for a table of no known role)
 * @param name         the table's name as its profile prints it ("表二"): the name messages use
 * @param label        the running label printed before the title ("预算公开表1"), null when none
 * @param title        the title as printed, e.g. "2026年预算收支总表"
 * @param department   the 部门名称 line
 * @param unit         the "单位：万元" line
 * @param headerRows   the header rows as printed (cells)
 * @param columns      the columns the body cells are aligned to
 * @param rows         body rows, including 合计 rows, in printed order
 * @param notes        notes as printed ("注：本表无数据")
 * @param source       where the title was read
 */
public record PrintedTable(
        String id,
        TableRole role,
        String name,
        String label,
        String title,
        String department,
        MoneyUnit unit,
        List<List<String>> headerRows,
        List<Column> columns,
        List<TableRow> rows,
        List<String> notes,
        SourceRef source) {

    public PrintedTable {
        source = source == null ? SourceRef.NONE : source;
        headerRows = headerRows.stream().map(List::copyOf).toList();
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /** The same table with other body rows (the notes, header and source kept). */
    public PrintedTable withRows(List<TableRow> newRows) {
        return new PrintedTable(id, role, name, label, title, department, unit, headerRows, columns, newRows, notes, source);
    }

    /** The source line of the title (0 when unknown); the whole place is {@link #source()}. */
    @JsonIgnore
    public int line() {
        return source.line();
    }

    /** The name to use in messages: the profile's name, else the title. */
    @JsonIgnore
    public String displayName() {
        return name != null ? name : title;
    }

    public int columnIndex(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id + " has no column " + key);
    }

    public boolean hasColumn(String key) {
        for (Column c : columns) {
            if (c.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The text of a cell ("" when blank). */
    public String text(TableRow row, String key) {
        return row.cell(columnIndex(key));
    }

    /**
     * The amount of a cell in the table's unit; empty when the cell is blank or does not print an
     * amount (the reader leaves a reading note on such a cell).
     */
    public Optional<BigDecimal> amount(TableRow row, String key) {
        String t = text(row, key);
        return Numbers.isAmount(t.strip()) ? Optional.of(Numbers.parseAmount(t)) : Optional.empty();
    }

    /** Column keys of a function code printed whole ("2120501"). */
    public static final String CODE = "code";
    /** Column keys of a function code printed in 类|款|项 columns ("212" | "05" | "01"). */
    public static final List<String> CODE_PARTS = List.of("codeClass", "codeSection", "codeItem");

    /** Whether the table prints 支出功能分类科目 codes, whole or in 类|款|项 columns. */
    public boolean hasFunctionCodes() {
        return hasColumn(CODE) || hasColumn(CODE_PARTS.get(0));
    }

    /**
     * The 支出功能分类科目 code of a body row, however the table prints it: whole in the {@code code}
     * column, or in {@code codeClass|codeSection|codeItem} columns where a 款/项 row may leave the
     * 类 (and 款) blank under the row that printed it. Empty for a row without a code (合计, a
     * heading) or with a cell that is not a code.
     */
    public Optional<FunctionCode> functionCode(TableRow row) {
        if (hasColumn(CODE)) {
            return FunctionCode.parse(text(row, CODE).strip());
        }
        if (!hasColumn(CODE_PARTS.get(0))) {
            return Optional.empty();
        }
        String context = null;
        for (TableRow r : rows) {
            List<String> parts = codeParts(r);
            Optional<String> digits = ClassificationCode.joinParts(parts, context);
            if (r == row) {
                return digits.flatMap(FunctionCode::parse);
            }
            if (digits.isPresent()) {
                context = digits.get();
            } else if (parts.stream().allMatch(String::isEmpty)) {
                context = null; // a 合计 or heading row ends the run of codes
            }
        }
        return Optional.empty();
    }

    /**
     * The function code of every body row, in the order of {@link #rows()} (empty where a row prints
     * none), read in one pass: where codes are printed in 类|款|项 columns a row's code depends on the
     * rows above it, so a caller that walks all rows reads them here rather than row by row.
     */
    public List<Optional<FunctionCode>> functionCodes() {
        List<Optional<FunctionCode>> out = new java.util.ArrayList<>(rows.size());
        if (hasColumn(CODE)) {
            int code = columnIndex(CODE);
            for (TableRow r : rows) {
                out.add(FunctionCode.parse(r.cell(code).strip()));
            }
            return out;
        }
        if (!hasColumn(CODE_PARTS.get(0))) {
            for (int i = 0; i < rows.size(); i++) {
                out.add(Optional.empty());
            }
            return out;
        }
        String context = null;
        for (TableRow r : rows) {
            List<String> parts = codeParts(r);
            Optional<String> digits = ClassificationCode.joinParts(parts, context);
            out.add(digits.flatMap(FunctionCode::parse));
            if (digits.isPresent()) {
                context = digits.get();
            } else if (parts.stream().allMatch(String::isEmpty)) {
                context = null; // a 合计 or heading row ends the run of codes
            }
        }
        return out;
    }

    private List<String> codeParts(TableRow row) {
        List<String> parts = new java.util.ArrayList<>(3);
        for (String key : CODE_PARTS) {
            parts.add(hasColumn(key) ? text(row, key) : "");
        }
        return parts;
    }

    /** Whether the table prints "本表无数据" (or another no-data note: "故本表为空表"). */
    public boolean hasNoDataNote() {
        return notes.stream().anyMatch(n -> n.contains("无数据") || n.contains("空表"));
    }
}
