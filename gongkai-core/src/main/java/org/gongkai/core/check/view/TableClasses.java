package org.gongkai.core.check.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.model.TableRow;

/**
 * The 类 rows of a 收支总表 (T1, T4: "十二、城乡社区支出") tied to their 支出功能分类 类: by name, by a
 * known old name, or by the ordinal when the table prints every 类 of the catalogue in order.
 */
public final class TableClasses {

    /**
     * Old names of 类 renamed in the 2019 政府收支分类科目, still found in documents. Only renames
     * known for certain are listed.
     */
    static final Map<String, List<String>> RENAMED = Map.of(
            "207", List.of("文化体育与传媒支出"),
            "210", List.of("医疗卫生与计划生育支出"),
            "220", List.of("国土海洋气象等支出"));

    /** How a row was tied to its 类. */
    public enum Match { NAME, OLD_NAME, ORDINAL, NONE }

    /**
     * One 类 row.
     *
     * @param label   the row label as printed (squeezed), e.g. "十二、城乡社区支出"
     * @param ordinal the printed ordinal (12), -1 when none
     * @param name    the name without the ordinal
     * @param entry   the 类 the row stands for, null when it cannot be told
     * @param atOrdinal the 类 the catalogue has at the printed ordinal, when the table lists them all
     */
    public record ClassRow(TableRow row, String label, int ordinal, String name, CatalogueEntry entry, Match match,
                    CatalogueEntry atOrdinal) {

        public String code() {
            return entry == null ? null : entry.code();
        }
    }

    private TableClasses() {
    }

    /** The 类 of a catalogue by their compared name (TableText.name), built once per catalogue. */
    private static Map<String, CatalogueEntry> classesByName(Catalogue catalogue) {
        return CLASSES_BY_NAME.computeIfAbsent(catalogue, cat -> {
            Map<String, CatalogueEntry> m = new java.util.HashMap<>();
            for (CatalogueEntry c : cat.functionClasses()) {
                m.putIfAbsent(TableText.name(c.name()), c);
            }
            return m;
        });
    }

    private static final Map<Catalogue, Map<String, CatalogueEntry>> CLASSES_BY_NAME =
            new java.util.concurrent.ConcurrentHashMap<>();

    public static List<ClassRow> of(TableSummary summary, Catalogue catalogue) {
        List<TableRow> rows = summary.classRows();
        List<CatalogueEntry> classes = catalogue.functionClasses();
        boolean full = rows.size() >= classes.size();
        List<ClassRow> out = new ArrayList<>();
        for (TableRow r : rows) {
            String label = summary.label(summary.expenditure(), r);
            int ordinal = TableText.ordinal(label);
            String name = TableText.withoutOrdinal(label);
            CatalogueEntry atOrdinal = full && ordinal >= 1 && ordinal <= classes.size() ? classes.get(ordinal - 1) : null;
            Optional<CatalogueEntry> byName = Optional.ofNullable(classesByName(catalogue).get(TableText.name(name)));
            Optional<CatalogueEntry> byOldName = renamedFrom(name).flatMap(catalogue::function);
            CatalogueEntry entry;
            Match match;
            if (byName.isPresent()) {
                entry = byName.get();
                match = Match.NAME;
            } else if (byOldName.isPresent()) {
                entry = byOldName.get();
                match = Match.OLD_NAME;
            } else if (atOrdinal != null) {
                entry = atOrdinal;
                match = Match.ORDINAL;
            } else {
                entry = null;
                match = Match.NONE;
            }
            out.add(new ClassRow(r, label, ordinal, name, entry, match, atOrdinal));
        }
        return out;
    }

    /** The code of the 类 whose old name this is, if it is one. */
    public static Optional<String> renamedFrom(String name) {
        for (Map.Entry<String, List<String>> e : RENAMED.entrySet()) {
            for (String old : e.getValue()) {
                if (TableText.sameName(old, name)) {
                    return Optional.of(e.getKey());
                }
            }
        }
        return Optional.empty();
    }
}
