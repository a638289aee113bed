package org.gongkai.core.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The merged cells of a printed table header as the workbook needs them: the same cells as
 * {@link HeaderGrid} (one rule for every output), expressed as first/last row and column.
 */
final class HeaderSpans {

    /** A header cell as printed, spanning rows {@code firstRow..lastRow} and columns {@code firstCol..lastCol}. */
    record Span(int firstRow, int lastRow, int firstCol, int lastCol, String text) {

        boolean isMerged() {
            return firstRow != lastRow || firstCol != lastCol;
        }

        int rows() {
            return lastRow - firstRow + 1;
        }

        int cols() {
            return lastCol - firstCol + 1;
        }
    }

    private HeaderSpans() {
    }

    /**
     * The spans of header rows {@code rows} in a table {@code width} columns wide, in reading order;
     * blank cells that continue nothing are left out.
     */
    static List<Span> of(List<List<String>> rows, int width) {
        List<Span> out = new ArrayList<>();
        for (List<HeaderGrid.Cell> row : HeaderGrid.of(rows, width)) {
            for (HeaderGrid.Cell c : row) {
                if (c.text().isEmpty() && c.rowSpan() == 1 && c.colSpan() == 1) {
                    continue; // a blank cell of its own: nothing to write or merge
                }
                out.add(new Span(c.row(), c.row() + c.rowSpan() - 1, c.column(), c.column() + c.colSpan() - 1, c.text()));
            }
        }
        return out;
    }
}
