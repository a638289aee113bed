package org.gongkai.core.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A budget table as printed (T1…T13 in the seed profile).
 *
 * @param id           "T1" … "T13"
 * @param label        the running label printed before the title ("预算公开表1"), null when none
 * @param title        the title as printed, e.g. "2026年预算收支总表"
 * @param department   the 部门名称 line
 * @param unit         the "单位：万元" line
 * @param headerRows   the header rows as printed (cells)
 * @param columns      the columns the body cells are aligned to
 * @param rows         body rows, including 合计 rows, in printed order
 * @param notes        notes as printed ("注：本表无数据")
 * @param line         the line of the title
 */
public record PrintedTable(
        String id,
        String label,
        String title,
        String department,
        MoneyUnit unit,
        List<List<String>> headerRows,
        List<Column> columns,
        List<TableRow> rows,
        List<String> notes,
        int line) {

    public PrintedTable {
        headerRows = headerRows.stream().map(List::copyOf).toList();
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
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

    /** The amount of a cell in the table's unit; empty when the cell is blank. */
    public Optional<BigDecimal> amount(TableRow row, String key) {
        String t = text(row, key);
        return t.isEmpty() ? Optional.empty() : Optional.of(Numbers.parseAmount(t));
    }

    /** Whether the table prints "本表无数据" (or another no-data note). */
    public boolean hasNoDataNote() {
        return notes.stream().anyMatch(n -> n.contains("无数据"));
    }
}
