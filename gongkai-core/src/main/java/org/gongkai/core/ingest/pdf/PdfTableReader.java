package org.gongkai.core.ingest.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.model.Column;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.ReadingNote;
import org.gongkai.core.model.SourceRef;
import org.gongkai.core.model.SourceRef.Box;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.profile.TableSpec;

/**
 * Reads one table of a PDF, over as many pages as it runs: the lines between its title and its
 * grid (编制部门, 单位), the grid's bands as rows (header bands, repeated on each page, left out),
 * each band's words placed in the profile's columns by the table's column edges, and the notes
 * under the grid. Each row keeps its first line, its page and the box of its band; amounts lose
 * their thousands separators, a blank cell stays blank.
 */
final class PdfTableReader {

    /** A part of the table on one page: the lines from below its title (or the page top) on. */
    record Segment(PdfPage page, List<PdfLine> lines) {
    }

    private static final Pattern UNIT = Pattern.compile("单位\\s*[：:]\\s*(万元|元)");
    private static final Pattern MAKER = Pattern.compile("^(?:编制部门|编制单位|部门名称|单位名称)\\s*[：:]\\s*(.*?)(?:\\s+单位\\s*[：:].*)?$");
    private static final Pattern TOTAL = Pattern.compile("^(?:合计|总计|收入总计|支出总计|收入合计|支出合计)$");
    private static final Pattern SEPARATED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}年");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final String file;
    private final TableSpec spec;
    private final int year;
    private final List<ReadingNote> notes;

    PdfTableReader(String file, TableSpec spec, int year, List<ReadingNote> notes) {
        this.file = file;
        this.spec = spec;
        this.year = year;
        this.notes = notes;
    }

    PrintedTable read(PdfLine title, List<Segment> segments) {
        TableSpec form = form(segments);
        return new PdfTableReader(file, form, year, notes).readAs(title, segments);
    }

    /** The table's form whose column count its grid draws: the spec's own, else one of its variants. */
    private TableSpec form(List<Segment> segments) {
        if (spec.variants().isEmpty() || segments.isEmpty()) {
            return spec;
        }
        PdfGrid grid = PdfGrid.of(segments.get(0).page, segments.get(0).page.height(), 0, segments.get(0).lines);
        if (grid == null || columnEdges(grid, spec.columns().size()) != null) {
            return spec;
        }
        for (TableSpec.Variant v : spec.variants()) {
            if (columnEdges(grid, v.columns().size()) != null) {
                return spec.as(v);
            }
        }
        return spec;
    }

    private PrintedTable readAs(PdfLine title, List<Segment> segments) {
        List<Column> columns = spec.columns(year);
        String header = headerText();
        String department = null;
        MoneyUnit unit = null;
        List<TableRow> rows = new ArrayList<>();
        List<String> tableNotes = new ArrayList<>();
        List<Float> columnEdges = null;
        for (Segment s : segments) {
            float top = s.lines.isEmpty() ? 0 : s.lines.get(0).box().y() + s.lines.get(0).box().height() + 2;
            PdfGrid grid = PdfGrid.of(s.page, s.page.height(), 0, s.lines);
            if (grid == null) {
                throw new IngestException(file, s.lines.isEmpty() ? title.line() : s.lines.get(0).line(),
                        "第" + s.page.number() + "页：" + name() + "没有表格框线，无法按列读取");
            }
            for (PdfLine l : s.lines) {
                if (grid.holds(l)) {
                    continue;
                }
                String text = l.text().strip();
                boolean above = l.box().y() > grid.bands.get(0).bottom();
                if (above) {
                    java.util.regex.Matcher u = UNIT.matcher(text);
                    if (u.find()) {
                        unit = MoneyUnit.parse(u.group(1));
                    }
                    java.util.regex.Matcher m = MAKER.matcher(text);
                    if (m.matches() && department == null) {
                        department = m.group(1).strip();
                    }
                } else if (text.startsWith("注") || !tableNotes.isEmpty()) {
                    if (!tableNotes.isEmpty() && !text.startsWith("注")) {
                        int last = tableNotes.size() - 1;
                        tableNotes.set(last, tableNotes.get(last) + text);
                    } else {
                        tableNotes.add(text);
                    }
                }
            }
            if (columnEdges == null) {
                columnEdges = columnEdges(grid, columns.size());
            }
            if (columnEdges == null) {
                throw new IngestException(file, title.line(), "第" + s.page.number() + "页：" + name() + "的框线分出的列数与模板的"
                        + columns.size() + "列不符，无法按列读取");
            }
            boolean inHeader = true;
            for (PdfGrid.Band band : grid.bands) {
                if (band.words().isEmpty()) {
                    continue;
                }
                List<String> cells = cells(band, columnEdges, columns.size());
                if (inHeader && isHeader(cells, header)) {
                    continue;
                }
                inHeader = false;
                rows.add(row(cells, band, grid, s.page, columns));
                clipped(band, columnEdges, s.page);
            }
        }
        if (unit == null) {
            unit = spec.unit();
            notes.add(new ReadingNote(spec.id() + ".unit", SourceRef.onPage(title.line(), title.page(), title.box()),
                    name() + "未注明金额单位，按模板的单位（" + unit.label() + "）读取"));
        }
        return new PrintedTable(spec.id(), spec.role(), spec.name(), null, title.text().strip(), department, unit,
                spec.headerRows(year), columns, rows, tableNotes, SourceRef.onPage(title.line(), title.page(), title.box()));
    }

    /** The table in messages: its name as the profile prints it, with its title ("表9（2025年…）"). */
    private String name() {
        return spec.name() + "（" + spec.title(year) + "）";
    }

    /** Every header word of the table, squeezed, years dropped: what a header band may hold. */
    private String headerText() {
        StringBuilder sb = new StringBuilder();
        for (List<String> r : spec.headerRows(year)) {
            for (String c : r) {
                sb.append(key(c)).append('|');
            }
        }
        for (Column c : spec.columns(year)) {
            sb.append(key(c.label())).append('|');
        }
        return sb.toString();
    }

    private static String key(String s) {
        String t = s.replaceAll("[\\s\\u3000]+", "").replace('“', '"').replace('”', '"')
                .replace('（', '(').replace('）', ')');
        return YEAR.matcher(t).replaceAll("");
    }

    /**
     * Whether a band holds header words only. A lone total label ("合计" with blank amounts, the
     * row of an empty table) is a row, not a header.
     */
    private static boolean isHeader(List<String> cells, String header) {
        int filled = 0;
        boolean known = false;
        String only = null;
        String joined = header.replace("|", "");
        for (String c : cells) {
            if (c.isEmpty()) {
                continue;
            }
            String k = key(c);
            if (DIGIT.matcher(k).find()) {
                return false;
            }
            known |= joined.contains(k);
            filled++;
            only = k;
        }
        return known && (filled > 1 || !TOTAL.matcher(only).matches());
    }

    /**
     * The column edges: those of the band the rulings divide into the most cells (a body row; header
     * bands merge cells), when that is as many cells as the table has columns; else null.
     */
    private static List<Float> columnEdges(PdfGrid grid, int columns) {
        List<Float> most = List.of();
        for (PdfGrid.Band b : grid.bands) {
            if (b.edges().size() > most.size()) {
                most = b.edges();
            }
        }
        return most.size() == columns + 1 ? most : null;
    }

    private static List<String> cells(PdfGrid.Band band, List<Float> edges, int columns) {
        List<List<PdfGrid.PlacedWord>> byColumn = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            byColumn.add(new ArrayList<>());
        }
        for (PdfGrid.PlacedWord w : band.words()) {
            int c = 0;
            while (c < columns - 1 && w.cx() > edges.get(c + 1)) {
                c++;
            }
            byColumn.get(c).add(w);
        }
        List<String> out = new ArrayList<>();
        for (List<PdfGrid.PlacedWord> words : byColumn) {
            out.add(join(words));
        }
        return out;
    }

    /**
     * Words that run across a column edge of a body row: the cell cuts them off in print, so the
     * reader sees less than the text layer holds.
     */
    private void clipped(PdfGrid.Band band, List<Float> edges, PdfPage page) {
        for (PdfGrid.PlacedWord w : band.words()) {
            float x0 = w.word().box().x();
            float x1 = x0 + w.word().box().width();
            for (int i = 1; i < edges.size() - 1; i++) {
                float e = edges.get(i);
                if (x0 < e - CROSS && x1 > e + CROSS) {
                    notes.add(new ReadingNote(PdfDisclosureReader.HIDDEN_TEXT, w.line().source(w.word()), "第" + page.number() + "页"
                            + name() + "的文字“" + PdfDisclosureReader.shorten(w.word().text()) + "”未正常显示（超出页面或被单元格裁剪）"));
                    break;
                }
            }
        }
    }

    /** How far past a column edge a word must reach to be cut by it (points). */
    private static final float CROSS = 1.5f;

    /** A cell's words in reading order: a space between words of one line, nothing where a line wraps. */
    static String join(List<PdfGrid.PlacedWord> words) {
        StringBuilder sb = new StringBuilder();
        PdfLine line = null;
        for (PdfGrid.PlacedWord w : words) {
            if (!sb.isEmpty()) {
                char last = sb.charAt(sb.length() - 1);
                char next = w.word().text().charAt(0);
                if (w.line() == line || isLatin(last) && isLatin(next)) {
                    sb.append(' ');
                }
            }
            sb.append(w.word().text());
            line = w.line();
        }
        return sb.toString().strip();
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    private TableRow row(List<String> cells, PdfGrid.Band band, PdfGrid grid, PdfPage page, List<Column> columns) {
        List<String> out = new ArrayList<>(cells.size());
        int firstLine = Integer.MAX_VALUE;
        for (PdfGrid.PlacedWord w : band.words()) {
            firstLine = Math.min(firstLine, w.line().line());
        }
        Box box = band.box(grid.left, grid.right);
        for (int c = 0; c < cells.size(); c++) {
            String v = cells.get(c);
            if (columns.get(c).type() == ColumnType.AMOUNT && !v.isEmpty()) {
                String compact = v.replace(" ", "");
                if (SEPARATED.matcher(compact).matches()) {
                    v = compact.replace(",", "");
                } else if (Numbers.isAmount(compact)) {
                    v = compact;
                } else {
                    notes.add(new ReadingNote(spec.id() + "." + columns.get(c).key(), SourceRef.onPage(firstLine, page.number(), box),
                            "第" + page.number() + "页" + name() + "“" + columns.get(c).label() + "”列不是金额：“" + v + "”"));
                }
            }
            out.add(v);
        }
        return new TableRow(out, SourceRef.onPage(firstLine, page.number(), box));
    }
}
