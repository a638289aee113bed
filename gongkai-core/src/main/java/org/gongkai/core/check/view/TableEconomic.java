package org.gongkai.core.check.view;

import org.gongkai.core.model.CodeLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.catalogue.Catalogue;
import org.gongkai.core.catalogue.CatalogueEntry;
import org.gongkai.core.model.TableRow;

/**
 * T6 (基本支出分经济科目表) read as printed: the 合计 row, 类 rows and their 款 rows. The seed prints
 * names only; a 类 row has an empty 政府预算经济科目 cell. A name printed with its code in front
 * ("30201 办公费") is read too. Each row is resolved to a 部门预算支出经济分类 code when the
 * catalogue allows.
 */
public final class TableEconomic {

    private static final String NAME = "deptEconomicName";
    private static final String GOV = "govEconomicName";
    private static final String CLASS = "econClass";
    private static final String SECTION = "econSection";
    private static final Pattern CODE_NAME = Pattern.compile("^(\\d{3}(?:\\s*\\d{2})?)\\s*(.*)$");

    /**
     * One row below 合计.
     *
     * @param printedCode code printed in the name cell, or null
     * @param name        the name as printed (without a code)
     * @param entry       the catalogue entry the row stands for, or null when not found
     * @param isClass     a 类 row
     * @param parent      the 类 row it is under (款 rows), or null
     */
    public record Line(TableRow row, String printedCode, String name, CatalogueEntry entry, boolean isClass, Line parent) {

        public String label() {
            return printedCode == null ? name : printedCode + " " + name;
        }

        public String code() {
            return entry == null ? null : entry.code();
        }
    }

    private final TableView view;
    private final TableRow total;
    private final List<Line> lines;

    private TableEconomic(TableView view, TableRow total, List<Line> lines) {
        this.view = view;
        this.total = total;
        this.lines = lines;
    }

    public static TableEconomic of(TableView view, Catalogue catalogue) {
        TableRow total = null;
        List<Line> lines = new ArrayList<>();
        Line currentClass = null;
        for (TableRow r : view.rows()) {
            String cell = TableText.squeeze(view.text(r, NAME));
            if (cell.isEmpty()) {
                continue;
            }
            if (TableText.isTotal(cell)) {
                if (total == null) {
                    total = r;
                }
                continue;
            }
            Matcher m = CODE_NAME.matcher(view.text(r, NAME).strip());
            boolean coded = m.matches() && !m.group(2).isBlank();
            String code = coded ? Catalogue.normalizeCode(m.group(1)) : codeColumns(view, r);
            String name = coded ? TableText.squeeze(m.group(2)) : cell;
            String key = TableText.name(name);
            boolean govBlank = view.text(r, GOV).isEmpty();
            boolean isClass;
            CatalogueEntry entry;
            if (code != null) {
                entry = catalogue.deptEconomic(code).orElse(null);
                isClass = code.length() == 3;
            } else {
                Optional<CatalogueEntry> cls = catalogue.deptEconomicClasses().stream()
                        .filter(c -> TableText.sameName(c.name(), name)).findFirst();
                isClass = govBlank && (cls.isPresent() || !knownSection(catalogue, key));
                if (isClass) {
                    entry = cls.orElse(null);
                } else {
                    String parentCode = currentClass == null ? null : currentClass.code();
                    entry = catalogue.deptEconomicByName(key, parentCode).orElse(null);
                }
            }
            Line line = new Line(r, code, name, entry, isClass, isClass ? null : currentClass);
            if (isClass) {
                currentClass = line;
            }
            lines.add(line);
        }
        return new TableEconomic(view, total, List.copyOf(lines));
    }

    /**
     * The code printed in its own 类 and 款 columns ("301" and "01" → "30101"; a 类 row leaves 款 blank), or null
     * when the table prints no such columns or the row none.
     */
    private static String codeColumns(TableView view, TableRow r) {
        if (!view.has(CLASS) || !view.has(SECTION)) {
            return null;
        }
        String cls = TableText.squeeze(view.text(r, CLASS));
        String section = TableText.squeeze(view.text(r, SECTION));
        if (!cls.matches("\\d{3}") || !(section.isEmpty() || section.matches("\\d{2}"))) {
            return null;
        }
        return cls + section;
    }

    /** Whether some 款 of the catalogue has this name (under any 类). */
    static boolean knownSection(Catalogue catalogue, String name) {
        return !sectionsNamed(catalogue, name).isEmpty();
    }

    /** Every 款 of the catalogue with this name, in code order. */
    public static List<CatalogueEntry> sectionsNamed(Catalogue catalogue, String name) {
        List<CatalogueEntry> out = new ArrayList<>();
        for (CatalogueEntry cls : catalogue.deptEconomicClasses()) {
            catalogue.deptEconomicByName(TableText.name(name), cls.code())
                    .filter(e -> e.level() == CodeLevel.SECTION).ifPresent(out::add);
        }
        return out;
    }

    public TableView view() {
        return view;
    }

    public Optional<TableRow> total() {
        return Optional.ofNullable(total);
    }

    public List<Line> lines() {
        return lines;
    }

    public List<Line> classes() {
        return lines.stream().filter(Line::isClass).toList();
    }

    public List<Line> sectionsOf(Line cls) {
        return lines.stream().filter(l -> l.parent() == cls).toList();
    }

    /** The row of a 款 code (e.g. "30212"), if printed and resolved. */
    public Optional<Line> line(String code) {
        return lines.stream().filter(l -> code.equals(l.code())).findFirst();
    }
}
