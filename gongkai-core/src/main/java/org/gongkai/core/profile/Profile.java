package org.gongkai.core.profile;

import java.util.List;
import java.util.Optional;

/**
 * A regional template: which tables a disclosure holds, in which order, with which titles and
 * columns, and the fixed texts around them. Profiles are data (JSON resources), not code.
 *
 * @param id              e.g. "shanxi-13"
 * @param name            human name
 * @param tables          the tables in printed order
 * @param noDataNote      the note printed under an empty table
 * @param tableSectionTitle "第二部分 {year}年部门预算报表"
 * @param document        title, 部分 headings and 情况说明 sections (null when the profile has none)
 */
public record Profile(
        String id,
        String name,
        List<TableSpec> tables,
        String noDataNote,
        String tableSectionTitle,
        DocumentLayout document) {

    public Profile {
        tables = List.copyOf(tables);
    }

    public String tableSectionTitle(int year) {
        return tableSectionTitle.replace("{year}", Integer.toString(year));
    }

    /** The first table derived with the given layout, if the profile prints one. */
    public Optional<TableSpec> table(TableLayout layout) {
        return tables.stream().filter(t -> t.layout() == layout).findFirst();
    }

    public Optional<TableSpec> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public TableSpec requireTable(String id) {
        return table(id).orElseThrow(() -> new IllegalArgumentException("profile " + this.id + " has no table " + id));
    }

    /**
     * A profile shipped with Gongkai, e.g. "shanxi-13": the same as
     * {@code ProfileSource.shipped().profile(id)}. Code that may be given other profiles (stored or
     * uploaded ones) takes a {@link ProfileSource}.
     *
     * @throws IllegalArgumentException when no such profile is shipped
     */
    public static Profile load(String id) {
        return ProfileSource.shipped().profile(id);
    }
}
