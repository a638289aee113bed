package org.gongkai.core.check.engine;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.model.SourceRef;

/**
 * Where a finding is: a table and its row/column, or a narrative section and sentence, or a
 * project and indicator; plus where it was read (line; page and box for a PDF). Null parts are absent.
 *
 * @param section   e.g. "第二部分" or the narrative section "五、一般公共预算支出情况说明"
 * @param table     the table's name as its profile prints it, e.g. "表二"
 * @param row       row label, e.g. "2120501 城乡社区环境卫生" or "合计"
 * @param column    column label, e.g. "上年结转"
 * @param project   project name (performance tables, T12/T13)
 * @param indicator indicator or field name of a performance table
 * @param text      the sentence or cell text concerned
 * @param source    where it was read ({@link SourceRef#NONE} when nowhere in particular); in JSON its
 *                  fields (line, page, box) stand in the location itself
 */
public record Location(
        String section,
        String table,
        String row,
        String column,
        String project,
        String indicator,
        String text,
        @JsonUnwrapped SourceRef source) {

    public Location {
        source = source == null ? SourceRef.NONE : source;
    }

    public static Location ofTable(String table, String row, String column, SourceRef source) {
        return new Location("第二部分", table, row, column, null, null, null, source);
    }

    public static Location ofNarrative(String section, String sentence, SourceRef source) {
        return new Location(section, null, null, null, null, null, sentence, source);
    }

    public static Location ofProject(String project, String indicator, SourceRef source) {
        return new Location("绩效目标表", null, null, null, project, indicator, null, source);
    }

    public static Location ofDocument(String section, SourceRef source) {
        return new Location(section, null, null, null, null, null, null, source);
    }

    /** The source line, 0 when none. */
    @JsonIgnore
    public int line() {
        return source.line();
    }

    /** In Chinese, for the reader: "表二 行“2120501 城乡社区环境卫生” 列“上年结转”（第126行）". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (table != null) {
            parts.add(table);
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
        String where = source.describe();
        return where.isEmpty() ? s : s + "（" + where + "）";
    }
}
