package org.gongkai.core.profile;

import java.io.InputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.TableRole;

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
 * @param titleKindWords  the words a table title may print for the kind of document where its
 *                        template has "{kind}" ("部门", "预算单位", "单位"); empty when no title has one
 * @param workbooks       the region's own disclosure workbook (公开表格模板) a document of each kind is
 *                        written into and read from, by resource name; empty when the region has none
 *                        (the XLSX is then Gongkai's own layout)
 * @param kinds           how a document of a kind prints where it differs ({@link KindWording});
 *                        empty when every kind prints alike
 */
public record Profile(
        String id,
        String name,
        List<TableSpec> tables,
        String noDataNote,
        String tableSectionTitle,
        DocumentLayout document,
        List<String> titleKindWords,
        Map<DisclosureKind, String> workbooks,
        Map<DisclosureKind, KindWording> kinds) {

    /**
     * Each profile's tables by the key of their title template (built once per profile instance, not
     * per line read: layout detection asks for every line of a PDF). Keyed by identity, bounded.
     */
    private static final Map<Profile, Map<String, TableSpec>> TITLE_INDEX =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    public Profile {
        tables = List.copyOf(tables);
        titleKindWords = titleKindWords == null ? List.of() : List.copyOf(titleKindWords);
        workbooks = workbooks == null ? Map.of() : Map.copyOf(workbooks);
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
        java.util.Set<TableRole> roles = java.util.EnumSet.noneOf(TableRole.class);
        for (TableSpec t : tables) {
            if (t.role() == null || !roles.add(t.role())) {
                throw new IllegalArgumentException("profile " + id + ": table " + t.id()
                        + (t.role() == null ? " has no role" : " repeats the role " + t.role()));
            }
        }
    }

    /** A profile whose titles print no kind word. */
    public Profile(String id, String name, List<TableSpec> tables, String noDataNote, String tableSectionTitle,
            DocumentLayout document) {
        this(id, name, tables, noDataNote, tableSectionTitle, document, List.of(), Map.of(), Map.of());
    }

    /** A profile without a region's own workbook. */
    public Profile(String id, String name, List<TableSpec> tables, String noDataNote, String tableSectionTitle,
            DocumentLayout document, List<String> titleKindWords) {
        this(id, name, tables, noDataNote, tableSectionTitle, document, titleKindWords, Map.of(), Map.of());
    }

    /** A profile whose kinds of document print alike. */
    public Profile(String id, String name, List<TableSpec> tables, String noDataNote, String tableSectionTitle,
            DocumentLayout document, List<String> titleKindWords, Map<DisclosureKind, String> workbooks) {
        this(id, name, tables, noDataNote, tableSectionTitle, document, titleKindWords, workbooks, Map.of());
    }

    /** Each profile's layout for a kind of document, built once (keyed by identity, bounded). */
    private static final Map<Profile, Map<DisclosureKind, Profile>> FOR_KIND =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /**
     * The layout a document of {@code kind} is written in: table titles with the word that kind
     * prints, without the parts and 情况说明 topics it does not have. This profile itself when the
     * kind prints as "{kind}" says. For writing documents; reading recognises every kind's wording.
     */
    public Profile forKind(DisclosureKind kind) {
        KindWording w = kind == null ? null : kinds.get(kind);
        if (w == null) {
            return this;
        }
        synchronized (FOR_KIND) {
            Map<DisclosureKind, Profile> cached = FOR_KIND.get(this);
            if (cached != null && cached.containsKey(kind)) {
                return cached.get(kind);
            }
        }
        List<TableSpec> worded = tables.stream().map(t -> {
            String word = w.tableWord(t.id());
            return word == null ? t : t.withTitleTemplate(t.titleTemplate().replace("{kind}", word));
        }).toList();
        Profile made = new Profile(id, name, worded, noDataNote, tableSectionTitle,
                document == null ? null : document.without(w.omitParts(), w.omitTopics()), titleKindWords, workbooks, Map.of());
        synchronized (FOR_KIND) {
            if (FOR_KIND.size() >= 256) {
                FOR_KIND.clear();
            }
            FOR_KIND.computeIfAbsent(this, k -> new java.util.EnumMap<>(DisclosureKind.class)).put(kind, made);
        }
        return made;
    }

    /** The resource name of the region's own workbook for a document of {@code kind}, if it has one. */
    public Optional<String> workbook(DisclosureKind kind) {
        return Optional.ofNullable(workbooks.get(kind == null ? DisclosureKind.DEPARTMENT : kind));
    }

    /**
     * The table whose title this is, as the document prints it: with or without its year, with any
     * of the {@link #titleKindWords} where the template has "{kind}", straight or curly quotes, a
     * 目录-style number in front ("9．") and spaces ignored.
     */
    public Optional<TableSpec> tableByTitle(String printed) {
        String key = TitleKey.of(printed, titleKindWords);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(titleIndex().get(key));
    }

    private Map<String, TableSpec> titleIndex() {
        Map<String, TableSpec> index = TITLE_INDEX.get(this);
        if (index == null) {
            Map<String, TableSpec> built = new java.util.HashMap<>();
            for (TableSpec t : tables) {
                built.putIfAbsent(TitleKey.of(t.titleTemplate(), titleKindWords), t); // the first in printed order wins
            }
            index = Map.copyOf(built);
            synchronized (TITLE_INDEX) {
                if (TITLE_INDEX.size() >= 256) {
                    TITLE_INDEX.clear();
                }
                TITLE_INDEX.put(this, index);
            }
        }
        return index;
    }

    public String tableSectionTitle(int year) {
        return tableSectionTitle.replace("{year}", Integer.toString(year));
    }

    /** The table of the given role, if the profile prints one. */
    public Optional<TableSpec> table(TableRole role) {
        return tables.stream().filter(t -> t.role() == role).findFirst();
    }

    /** The table's name as this profile prints it ("表五"), or null when the profile has no such table. */
    public String tableName(TableRole role) {
        return table(role).map(TableSpec::name).orElse(null);
    }

    /**
     * The unit of the budget tables as a whole (a disclosure's {@code amountUnit}): the unit most of
     * the profile's tables print, the first table's on a tie. Each table's own unit is
     * {@link TableSpec#unit()}.
     */
    public MoneyUnit amountUnit() {
        Map<MoneyUnit, Integer> counts = new EnumMap<>(MoneyUnit.class);
        for (TableSpec t : tables) {
            counts.merge(t.unit(), 1, Integer::sum);
        }
        MoneyUnit best = tables.isEmpty() ? MoneyUnit.YUAN : tables.get(0).unit();
        for (Map.Entry<MoneyUnit, Integer> e : counts.entrySet()) {
            if (e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The table's 1-based position in the printed order (for file names such as T05.csv). */
    public int position(TableSpec table) {
        int i = tables.indexOf(table);
        if (i < 0) {
            throw new IllegalArgumentException("profile " + id + " does not print " + table.id());
        }
        return i + 1;
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

    /**
     * Reads a profile from JSON (the format of the shipped profiles); not cached. The stream is not closed.
     *
     * @throws IllegalArgumentException when the JSON is malformed or does not describe a profile,
     *                                  naming where (line and column, or the field's path)
     */
    public static Profile read(InputStream json) {
        return ProfileJson.read(json);
    }
}
