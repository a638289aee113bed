package org.gongkai.core.catalogue;

import org.gongkai.core.model.CodeLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One classification read from a {@code code,name} CSV: lookup by code and by name, and the
 * 类 → 款 → 项 tree. Codes sort as strings, which for digit codes gives code order.
 */
final class CodeTable {

    private static final String HEADER = "code,name";
    private static final String ROOTS = "";

    private final Map<String, CatalogueEntry> byCode;
    private final Map<String, List<CatalogueEntry>> byName = new HashMap<>();
    private final Map<String, List<CatalogueEntry>> children = new HashMap<>();

    private CodeTable(TreeMap<String, CatalogueEntry> byCode) {
        this.byCode = byCode;
        for (CatalogueEntry e : byCode.values()) {
            byName.computeIfAbsent(compactName(e.name()), k -> new ArrayList<>()).add(e);
            String parent = e.parentCode() == null ? ROOTS : e.parentCode();
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(e);
        }
        byName.replaceAll((k, v) -> List.copyOf(v));
        children.replaceAll((k, v) -> List.copyOf(v));
    }

    /**
     * Reads a {@code code,name} CSV (UTF-8, header row, blank lines ignored). Every code must be
     * digits of one of {@code levels}, appear once, and come after its parent.
     *
     * @param resource the name used in error messages
     * @throws IllegalStateException naming {@code resource} and the line when the file is malformed
     */
    static CodeTable read(String resource, Reader in, Set<CodeLevel> levels) {
        TreeMap<String, CatalogueEntry> entries = new TreeMap<>();
        try (BufferedReader reader = new BufferedReader(in)) {
            String header = reader.readLine();
            if (header == null || !header.replace("\uFEFF", "").strip().equals(HEADER)) {
                throw malformed(resource, 1, "expected the header \"" + HEADER + "\"");
            }
            int lineNo = 1;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNo++;
                if (!line.isBlank()) {
                    CatalogueEntry e = parseRow(resource, lineNo, line, levels, entries);
                    entries.put(e.code(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return new CodeTable(entries);
    }

    private static CatalogueEntry parseRow(String resource, int lineNo, String line,
                                           Set<CodeLevel> levels, Map<String, CatalogueEntry> seen) {
        String[] fields = line.split(",", -1);
        if (fields.length != 2) {
            throw malformed(resource, lineNo, "expected 2 fields code,name but found " + fields.length);
        }
        String code = fields[0].strip();
        String name = fields[1].strip();
        if (!isDigits(code)) {
            throw malformed(resource, lineNo, "code \"" + code + "\" is not all digits");
        }
        CodeLevel level = CodeLevel.ofLength(code.length()).filter(levels::contains).orElseThrow(() ->
                malformed(resource, lineNo, "code " + code + " has " + code.length()
                        + " digits; this file takes codes of " + digitsOf(levels) + " digits"));
        if (name.isEmpty()) {
            throw malformed(resource, lineNo, "code " + code + " has no name");
        }
        if (seen.containsKey(code)) {
            throw malformed(resource, lineNo, "code " + code + " appears twice");
        }
        String parent = level.parentOf(code);
        if (parent != null && !seen.containsKey(parent)) {
            throw malformed(resource, lineNo, "the parent " + parent + " of " + code
                    + " is not listed above it");
        }
        return new CatalogueEntry(code, name, level, parent);
    }

    private static String digitsOf(Set<CodeLevel> levels) {
        return levels.stream().map(l -> String.valueOf(l.digits())).sorted()
                .reduce((a, b) -> a + "/" + b).orElse("no");
    }

    private static IllegalStateException malformed(String resource, int lineNo, String message) {
        return new IllegalStateException(resource + " line " + lineNo + ": " + message);
    }

    /** True when {@code text} is non-empty and only ASCII digits. */
    static boolean isDigits(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A name without any whitespace: names compare this way. */
    static String compactName(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c))
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    Optional<CatalogueEntry> get(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    List<CatalogueEntry> classes() {
        return children.getOrDefault(ROOTS, List.of());
    }

    List<CatalogueEntry> children(String code) {
        return code == null ? List.of() : children.getOrDefault(code, List.of());
    }

    /** Every entry whose name equals {@code name} once whitespace is removed, in code order. */
    List<CatalogueEntry> named(String name) {
        return name == null ? List.of() : byName.getOrDefault(compactName(name), List.of());
    }

    int size() {
        return byCode.size();
    }

    /** Every entry in code order. */
    List<CatalogueEntry> all() {
        return List.copyOf(byCode.values());
    }
}
