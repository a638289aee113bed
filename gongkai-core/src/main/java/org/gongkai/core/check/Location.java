package org.gongkai.core.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a finding is: a table and its row/column, or a narrative section and sentence, or a
 * project and indicator; plus the source line (page later). Null parts are absent.
 *
 * @param section   e.g. "第二部分" or the narrative section "五、一般公共预算支出情况说明"
 * @param table     table id, e.g. "T2"
 * @param row       row label, e.g. "2120501 城乡社区环境卫生" or "合计"
 * @param column    column label, e.g. "上年结转"
 * @param project   project name (performance tables, T12/T13)
 * @param indicator indicator or field name of a performance table
 * @param text      the sentence or cell text concerned
 * @param line      source line, 0 when none
 */
public record Location(
        String section,
        String table,
        String row,
        String column,
        String project,
        String indicator,
        String text,
        int line) {

    public static Location ofTable(String table, String row, String column, int line) {
        return new Location("第二部分", table, row, column, null, null, null, line);
    }

    public static Location ofNarrative(String section, String sentence, int line) {
        return new Location(section, null, null, null, null, null, sentence, line);
    }

    public static Location ofProject(String project, String indicator, int line) {
        return new Location("绩效目标表", null, null, null, project, indicator, null, line);
    }

    public static Location ofDocument(String section, int line) {
        return new Location(section, null, null, null, null, null, null, line);
    }

    /** In Chinese, for the reader: "表T2 行“2120501 城乡社区环境卫生” 列“上年结转”（第126行）". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (table != null) {
            parts.add("表" + table);
        } else if (section != null) {
            parts.add(section);
        }
        if (project != null) {
            parts.add("项目“" + project + "”");
        }
        if (row != null) {
            parts.add("行“" + row + "”");
        }
        if (column != null) {
            parts.add("列“" + column + "”");
        }
        if (indicator != null) {
            parts.add("“" + indicator + "”");
        }
        String s = String.join(" ", parts);
        return line > 0 ? s + "（第" + line + "行）" : s;
    }
}
