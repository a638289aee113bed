package org.gongkai.core.check.narrative;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.check.narrative.NarrativeFigures.NamedRow;

/** Names of 科目 as the narrative quotes them: outdated names, and the level (类/款/项) a name has. */
public final class NarrativeNames {

    /** A 类 name no longer in use, and the code it belonged to. */
    record Former(String code, String name) {
    }

    /**
     * 支出功能分类 类 names replaced in the 2019 revision of 政府收支分类科目 (210 from domain.md and
     * 2016 central budget texts; the others from the same revision, to be confirmed against the
     * official list). Reported only when the year's catalogue names the code differently.
     */
    static final List<Former> FORMER = List.of(
            new Former("210", "医疗卫生与计划生育支出"),
            new Former("207", "文化体育与传媒支出"),
            new Former("215", "资源勘探信息等支出"),
            new Former("220", "国土海洋气象等支出"));

    private NarrativeNames() {
    }

    /** The code lengths (3 类, 5 款, 7 项) under which a 支出功能分类 name occurs in the catalogue or the tables. */
    static Set<Integer> levelsOf(String name, Catalogue catalogue, NarrativeFigures figures) {
        Set<Integer> out = new TreeSet<>(functionLevels(catalogue).getOrDefault(name, Set.of()));
        for (NarrativeText.Scope scope : List.of(NarrativeText.Scope.GENERAL, NarrativeText.Scope.OVERVIEW)) {
            for (NamedRow r : figures.functionRows(scope)) {
                if (r.code() != null && r.name().equals(name)) {
                    out.add(r.code().length());
                }
            }
        }
        return out;
    }

    /** Each catalogue's 功能科目 names (spaces removed) with the code lengths they name: built once per catalogue. */
    private static final Map<Catalogue, Map<String, Set<Integer>>> FUNCTION_LEVELS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static Map<String, Set<Integer>> functionLevels(Catalogue catalogue) {
        Map<String, Set<Integer>> levels = FUNCTION_LEVELS.get(catalogue);
        if (levels == null) {
            Map<String, Set<Integer>> built = new java.util.HashMap<>();
            for (CatalogueEntry c : catalogue.functionClasses()) {
                collect(catalogue, c, built);
            }
            levels = Map.copyOf(built);
            FUNCTION_LEVELS.put(catalogue, levels);
        }
        return levels;
    }

    private static void collect(Catalogue catalogue, CatalogueEntry e, Map<String, Set<Integer>> out) {
        out.computeIfAbsent(e.name().replaceAll("\\s+", ""), k -> new TreeSet<>()).add(e.code().length());
        for (CatalogueEntry child : catalogue.functionChildren(e.code())) {
            collect(catalogue, child, out);
        }
    }

    /**
     * Names of the given level (code length) one character away from {@code name} (a slip such as
     * 其它 for 其他); only for names of four characters or more.
     */
    static List<String> nearNames(String name, int digits, Catalogue catalogue, NarrativeFigures figures) {
        Set<String> out = new TreeSet<>();
        if (name.length() < 4) {
            return List.of();
        }
        for (CatalogueEntry c : catalogue.functionClasses()) {
            near(catalogue, c, name, digits, out);
        }
        for (NamedRow r : figures.functionRows(NarrativeText.Scope.OVERVIEW)) {
            if (r.code() != null && r.code().length() == digits && oneEditApart(r.name(), name)) {
                out.add(r.name());
            }
        }
        return List.copyOf(out);
    }

    private static void near(Catalogue catalogue, CatalogueEntry e, String name, int digits, Set<String> out) {
        String n = e.name().replaceAll("\\s+", "");
        if (e.code().length() == digits && oneEditApart(n, name)) {
            out.add(n);
        }
        for (CatalogueEntry child : catalogue.functionChildren(e.code())) {
            near(catalogue, child, name, digits, out);
        }
    }

    /** Exactly one character replaced, inserted or deleted. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int ja = a.length();
        int jb = b.length();
        while (ja > i && jb > i && a.charAt(ja - 1) == b.charAt(jb - 1)) {
            ja--;
            jb--;
        }
        return ja - i <= 1 && jb - i <= 1;
    }

    /** Whether a name is a 部门预算支出经济分类 款 of the year's catalogue. */
    static boolean isDeptEconomicName(String name, Catalogue catalogue) {
        for (CatalogueEntry c : catalogue.deptEconomicClasses()) {
            if (catalogue.deptEconomicByName(name, c.code()).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
