package org.gongkai.core.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The merged cells of a printed table header, recovered from the header rows as read from the
 * text, where a merged cell shows up as a label followed (or topped) by empty cells.
 *
 * <p>Rows are read top to bottom, cells left to right. A non-empty cell starts a span. An empty
 * cell
 * <ol>
 *   <li>extends the span above it downwards when that span starts in this column and every cell
 *       under it in this row is empty too ("项目名称" over an empty cell; "收入" over two empty
 *       cells) — so a span stays rectangular;</li>
 *   <li>otherwise extends the span to its left when that span lies in this row only ("2026年财政拨款"
 *       followed by two empty cells);</li>
 *   <li>otherwise stays a blank cell of its own.</li>
 * </ol>
 * In T4 this gives 收入 over 项目 and 金额, 支出 over 项目 and 金额, 金额 over 小计 … 国有资本经营预算, and
 * the first three 项目/金额 labels running down into the third header row.
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
     * The spans of header rows {@code rows} in a table {@code width} columns wide (rows shorter
     * than that are read as ending in empty cells), in reading order.
     */
    static List<Span> of(List<List<String>> rows, int width) {
        int height = rows.size();
        int[][] owner = new int[height][width];
        List<int[]> spans = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int r = 0; r < height; r++) {
            Arrays.fill(owner[r], -1);
        }
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                String text = cell(rows, r, c);
                if (!text.isEmpty()) {
                    owner[r][c] = spans.size();
                    spans.add(new int[] {r, r, c, c});
                    texts.add(text);
                    continue;
                }
                if (owner[r][c] >= 0) {
                    continue;
                }
                if (r > 0 && owner[r - 1][c] >= 0) {
                    int above = owner[r - 1][c];
                    int[] s = spans.get(above);
                    if (s[1] == r - 1 && s[2] == c && emptyAndFree(rows, owner, r, s[2], s[3])) {
                        s[1] = r;
                        for (int k = s[2]; k <= s[3]; k++) {
                            owner[r][k] = above;
                        }
                        continue;
                    }
                }
                if (c > 0 && owner[r][c - 1] >= 0) {
                    int left = owner[r][c - 1];
                    int[] s = spans.get(left);
                    if (s[0] == r && s[1] == r) {
                        s[3] = c;
                        owner[r][c] = left;
                    }
                }
            }
        }
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] s = spans.get(i);
            out.add(new Span(s[0], s[1], s[2], s[3], texts.get(i)));
        }
        return out;
    }

    private static boolean emptyAndFree(List<List<String>> rows, int[][] owner, int r, int from, int to) {
        for (int c = from; c <= to; c++) {
            if (!cell(rows, r, c).isEmpty() || owner[r][c] >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String cell(List<List<String>> rows, int r, int c) {
        List<String> row = rows.get(r);
        if (c >= row.size()) {
            return "";
        }
        String v = row.get(c);
        return v == null ? "" : v.strip();
    }
}
