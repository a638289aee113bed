package org.gongkai.core.profile;

import java.util.List;
import org.gongkai.core.model.Column;

/**
 * One table of a profile.
 *
 * @param id            "T1"…
 * @param tocName       the name in the 目录, e.g. "表一"
 * @param titleTemplate the printed title with "{year}" for the fiscal year
 * @param layout        how it is derived from facts
 * @param headerRows    header rows as printed, "{year}" for the fiscal year
 * @param columns       body columns
 * @param notes         notes the profile always prints under the table (besides "本表无数据")
 */
public record TableSpec(
        String id,
        String tocName,
        String titleTemplate,
        TableLayout layout,
        List<List<String>> headerRows,
        List<Column> columns,
        List<String> notes) {

    public TableSpec {
        headerRows = headerRows.stream().map(List::copyOf).toList();
        columns = List.copyOf(columns);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public String title(int year) {
        return titleTemplate.replace("{year}", Integer.toString(year));
    }

    /** The columns with "{year}" in their labels replaced. */
    public List<Column> columns(int year) {
        return columns.stream()
                .map(c -> new Column(c.key(), c.label().replace("{year}", Integer.toString(year)), c.type()))
                .toList();
    }

    public List<List<String>> headerRows(int year) {
        return headerRows.stream()
                .map(r -> r.stream().map(c -> c.replace("{year}", Integer.toString(year))).toList())
                .toList();
    }
}
