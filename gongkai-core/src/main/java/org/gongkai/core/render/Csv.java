package org.gongkai.core.render;

import java.util.List;

/** RFC 4180 CSV lines, for Excel: UTF-8 with BOM, CRLF line ends. */
final class Csv {

    static final String BOM = "\uFEFF";

    private final StringBuilder sb = new StringBuilder(BOM);

    Csv row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(escape(cells.get(i)));
        }
        sb.append("\r\n");
        return this;
    }

    /** A row; a null cell is written empty. */
    Csv row(String... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    static String escape(String cell) {
        if (cell == null) {
            return "";
        }
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
