package org.gongkai.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where one of a profile's tables sits on a sheet of a workbook: the title cell (a title the
 * profile knows, {@link Profile#tableByTitle(String)}), the printed header below it and the first
 * row of the body. Shared by the writer that fills a region's own workbook and the reader of a
 * filled one, so that both find a table the same way: by its title and its header words, never by
 * a sheet's name or position.
 */
public final class SheetTables {

    /** The rows at the top of a sheet searched for a title. */
    static final int TITLE_ROWS = 8;
    /** The columns searched for a title. */
    static final int TITLE_COLUMNS = 16;
    /** How far below the title the header may start (a caption row or two between them). */
    static final int HEADER_GAP = 5;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

    private SheetTables() {
    }

    /** A sheet's cells as text: "" for an empty or missing cell; rows and columns 0-based. */
    public interface Grid {
        String text(int row, int col);
    }

    /**
     * A table found on a sheet.
     *
     * @param spec      the table in the form the sheet prints (a variant applied, {@link TableSpec#as})
     * @param year      the year its title prints, or 0 when it prints none
     * @param titleRow  0-based row of the title
     * @param titleCol  0-based column of the title
     * @param title     the title as printed
     * @param headerRow the first row of the printed header
     * @param bodyRow   the first row below the header
     */
    public record Located(TableSpec spec, int year, int titleRow, int titleCol, String title, int headerRow, int bodyRow) {
    }

    /** The profile's table on the sheet, if the sheet prints a title of one and its header below. */
    public static Optional<Located> locate(Profile profile, Grid grid) {
        for (int r = 0; r < TITLE_ROWS; r++) {
            for (int c = 0; c < TITLE_COLUMNS; c++) {
                String text = grid.text(r, c).strip();
                if (text.isEmpty() || text.length() > 80) {
                    continue;
                }
                Optional<TableSpec> spec = profile.tableByTitle(text);
                if (spec.isPresent()) {
                    Matcher m = YEAR.matcher(text);
                    int year = m.find() ? Integer.parseInt(m.group(1)) : 0;
                    int row = r;
                    int col = c;
                    return header(spec.get(), year, grid, r).map(h -> new Located(h.spec, year, row, col, text, h.row,
                            h.row + h.spec.headerRows().size()));
                }
            }
        }
        return Optional.empty();
    }

    /** A form of the table (its own or a variant) and the row its header starts at. */
    private record Header(TableSpec spec, int row, int matches, int mismatches) {
    }

    /**
     * The form whose header the sheet prints below the title: of the forms whose first header word
     * stands where the form puts it, the one with the fewest header cells that differ, then the most
     * that agree.
     */
    private static Optional<Header> header(TableSpec spec, int year, Grid grid, int titleRow) {
        List<TableSpec> forms = new ArrayList<>();
        forms.add(spec);
        for (TableSpec.Variant v : spec.variants()) {
            forms.add(spec.as(v));
        }
        Header best = null;
        for (int row = titleRow + 1; row <= titleRow + HEADER_GAP + 1; row++) {
            for (TableSpec form : forms) {
                Header h = score(form, year, grid, row);
                if (h != null && (best == null || h.mismatches < best.mismatches
                        || h.mismatches == best.mismatches && h.matches > best.matches)) {
                    best = h;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    private static Header score(TableSpec form, int year, Grid grid, int row) {
        List<List<String>> rows = year > 0 ? form.headerRows(year) : form.headerRows();
        if (rows.isEmpty()) {
            return null;
        }
        int matches = 0;
        int mismatches = 0;
        boolean anchored = false;
        boolean first = true;
        for (int i = 0; i < rows.size(); i++) {
            List<String> want = rows.get(i);
            for (int c = 0; c < want.size(); c++) {
                String w = squeeze(want.get(c));
                if (w.isEmpty()) {
                    continue;
                }
                boolean same = w.equals(squeeze(grid.text(row + i, c)));
                if (first) {
                    anchored = same;
                    first = false;
                }
                if (same) {
                    matches++;
                } else {
                    mismatches++;
                }
            }
        }
        return anchored ? new Header(form, row, matches, mismatches) : null;
    }

    /** A text sheet of a region's workbook, by what its title says. */
    public enum Part { COVER, TOC, DUTIES, ORGANIZATION, GLOSSARY, NARRATIVE, OTHER, PROJECT }

    /**
     * Which part of the document a text sheet holds, by its title (the sheet's first text) read
     * against the profile's headings: 目录; the 编制说明 title ("{year}年{kind}预算编制说明"); the
     * document title (the 封面); a title ending with the 主要职能, 机构设置 or 名词解释 heading; the
     * 其他相关情况说明 title; one ending with "项目经费情况说明".
     */
    public static Optional<Part> part(DocumentLayout doc, String title) {
        String key = squeeze(title);
        if (doc == null || key.isEmpty()) {
            return Optional.empty();
        }
        if (key.equals("目录")) {
            return Optional.of(Part.TOC);
        }
        if (matches(doc.narrativeTitle(), key)) {
            return Optional.of(Part.NARRATIVE);
        }
        if (matches(doc.titleTemplate(), key)) {
            return Optional.of(Part.COVER);
        }
        if (endsWith(key, doc.dutiesHeading())) {
            return Optional.of(Part.DUTIES);
        }
        if (endsWith(key, doc.organizationHeading())) {
            return Optional.of(Part.ORGANIZATION);
        }
        if (endsWith(key, doc.glossaryTitle())) {
            return Optional.of(Part.GLOSSARY);
        }
        if (doc.otherTitle() != null && key.equals(squeeze(doc.otherTitle()))) {
            return Optional.of(Part.OTHER);
        }
        if (endsWith(key, doc.projectTitleSuffix())) {
            return Optional.of(Part.PROJECT);
        }
        return Optional.empty();
    }

    private static boolean endsWith(String key, String heading) {
        return heading != null && !heading.isBlank() && key.endsWith(squeeze(heading));
    }

    /** Whether a heading template ("{year}" any year, "{kind}" a short word) occurs in the key. */
    private static boolean matches(String template, String key) {
        if (template == null || template.isBlank()) {
            return false;
        }
        StringBuilder sb = new StringBuilder();
        for (String part : squeeze(template).split("((?=\\{year\\})|(?<=\\{year\\})|(?=\\{kind\\})|(?<=\\{kind\\}))")) {
            switch (part) {
                case "{year}" -> sb.append("\\d{4}");
                case "{kind}" -> sb.append(".{0,6}?");
                default -> sb.append(Pattern.quote(part));
            }
        }
        return Pattern.compile(sb.toString()).matcher(key).find();
    }

    /** A header word compared without spaces, line breaks or the quotes' shape. */
    public static String squeeze(String s) {
        if (s == null) {
            return "";
        }
        return SPACE.matcher(s).replaceAll("").replace('“', '"').replace('”', '"').replace('（', '(').replace('）', ')');
    }
}
