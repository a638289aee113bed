package org.gongkai.core.render;

import java.util.ArrayList;
import java.util.List;

/**
 * The header cells of a printed table with their merges, derived from the printed header rows:
 * an empty header cell continues a cell to its left or above.
 *
 * <p>It continues the cell above when that cell's columns are all empty in its own row (the cell
 * above then grows down, keeping its width: "上年结转" over an empty cell of the next row);
 * otherwise it continues the cell to its left ("本年收入" followed by empty cells). An empty cell
 * with nothing to its left or above stays an empty cell.
 */
final class HeaderGrid {

    /** One header cell as it is drawn. */
    record Cell(int row, int column, int rowSpan, int colSpan, String text) {
    }

    private HeaderGrid() {
    }

    /** The drawn cells of each header row (a row can hold none when cells above span over it). */
    static List<List<Cell>> of(List<List<String>> headerRows, int columns) {
        int rows = headerRows.size();
        int[][] owner = new int[rows][columns];
        List<int[]> spans = new ArrayList<>(); // {row, col, rowSpan, colSpan}
        List<String> texts = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                String text = cell(headerRows, r, c);
                if (!text.isEmpty()) {
                    owner[r][c] = newSpan(spans, texts, r, c, text);
                    continue;
                }
                int above = r > 0 ? owner[r - 1][c] : -1;
                if (above >= 0 && growsDown(spans.get(above), headerRows, r)) {
                    int[] span = spans.get(above);
                    if (span[0] + span[2] == r) {
                        span[2]++;
                    }
                    owner[r][c] = above;
                } else if (c > 0 && owner[r][c - 1] >= 0 && spans.get(owner[r][c - 1])[0] == r) {
                    int left = owner[r][c - 1];
                    spans.get(left)[3]++;
                    owner[r][c] = left;
                } else if (above >= 0 && c == spans.get(above)[1] && spans.get(above)[3] == 1) {
                    spans.get(above)[2]++;
                    owner[r][c] = above;
                } else {
                    owner[r][c] = newSpan(spans, texts, r, c, "");
                }
            }
        }
        List<List<Cell>> result = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            result.add(new ArrayList<>());
        }
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            result.get(s[0]).add(new Cell(s[0], s[1], s[2], s[3], texts.get(i)));
        }
        for (List<Cell> row : result) {
            row.sort((a, b) -> Integer.compare(a.column(), b.column()));
        }
        return result;
    }

    private static int newSpan(List<int[]> spans, List<String> texts, int r, int c, String text) {
        spans.add(new int[] {r, c, 1, 1});
        texts.add(text);
        return spans.size() - 1;
    }

    /** Whether every column of the span above is empty in row {@code r}. */
    private static boolean growsDown(int[] span, List<List<String>> headerRows, int r) {
        if (span[0] + span[2] != r && span[0] + span[2] != r + 1) {
            return false;
        }
        for (int c = span[1]; c < span[1] + span[3]; c++) {
            if (!cell(headerRows, r, c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static String cell(List<List<String>> headerRows, int r, int c) {
        List<String> row = headerRows.get(r);
        return c < row.size() && row.get(c) != null ? row.get(c).strip() : "";
    }
}
