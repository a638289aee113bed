package org.gongkai.core.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Matcher;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.core.model.Column;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.SourceRef;
import org.gongkai.core.model.ReadingNote;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.TableSpec;

/**
 * Reads the budget tables of 第二部分: finds each table of the profile by its title, then its
 * running label, 部门名称, 单位, header rows, body rows and notes. Cells are aligned to the
 * profile's columns; what does not fit is reported as a {@link ReadingNote}, never dropped silently.
 */
final class TableReader {

    private static final Pattern RUNNING_LABEL = Pattern.compile("^\\S{0,6}公开表\\s*\\d+$");
    private static final Pattern SEPARATOR = Pattern.compile("^[-\\s]+$");

    private final String file;
    private final Profile profile;
    private final int year;
    private final List<ReadingNote> notes;
    private final Map<String, TableSpec> byTitle = new HashMap<>();

    TableReader(String file, Profile profile, int year, List<ReadingNote> notes) {
        this.file = file;
        this.profile = profile;
        this.year = year;
        this.notes = notes;
        for (TableSpec spec : profile.tables()) {
            byTitle.put(Text.squeeze(spec.title(year)), spec);
        }
    }

    /**
     * The table a line is the title of: the profile's title in the budget year, or in another year
     * ("2023年预算收支总表" in a 2026 document), which the title keeps for complete.year to report.
     */
    /**
     * The table a title line names: as printed, with the table's name in front, or printed with
     * another year (a mistyped year still names its table; complete.year reports the year).
     */
    private TableSpec spec(String line) {
        if (line.contains("\t")) {
            return null;
        }
        String key = Text.squeeze(line);
        TableSpec spec = titled(key);
        if (spec == null && key.length() <= 80) {
            Matcher m = OTHER_YEAR.matcher(key);
            if (m.find()) {
                spec = titled(key.substring(0, m.start()) + year + key.substring(m.end()));
            }
        }
        return spec;
    }

    private static final Pattern OTHER_YEAR = Pattern.compile("(?<!\\d)\\d{4}(?=年)");

    List<PrintedTable> read(List<String> lines, int from, int to) {
        List<Integer> starts = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (spec(lines.get(i)) != null) {
                starts.add(i);
            }
        }
        List<PrintedTable> tables = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) : to;
            tables.add(readTable(lines, start, end, from));
        }
        return tables;
    }

    /**
     * The table whose title the line is: the title as the profile gives it, or after the table's
     * name ("表一 2026年预算收支总表", as Gongkai's own PDF prints it); null when none.
     */
    private TableSpec titled(String squeezed) {
        TableSpec exact = byTitle.get(squeezed);
        if (exact != null) {
            return exact;
        }
        for (TableSpec spec : profile.tables()) {
            String name = spec.name();
            if (name != null && !name.isEmpty() && squeezed.startsWith(name)
                    && byTitle.get(squeezed.substring(name.length())) == spec) {
                return spec;
            }
        }
        return null;
    }

    /** The printed title without the table's name in front of it. */
    private static String title(TableSpec spec, String line) {
        String t = Text.unwrap(line);
        String name = spec.name();
        if (name != null && !name.isEmpty() && t.startsWith(name)) {
            return t.substring(name.length()).strip();
        }
        return t;
    }

    private PrintedTable readTable(List<String> lines, int titleIndex, int end, int sectionStart) {
        TableSpec spec = spec(lines.get(titleIndex));
        String label = runningLabelBefore(lines, titleIndex, sectionStart);
        String department = null;
        MoneyUnit unit = null;
        List<List<String>> header = new ArrayList<>();
        List<TableRow> rows = new ArrayList<>();
        List<String> tableNotes = new ArrayList<>();
        int headerCount = spec.headerRows().size();
        List<Column> columns = spec.columns(year);
        for (int i = titleIndex + 1; i < end; i++) {
            String raw = lines.get(i);
            String l = raw.strip();
            if (l.isEmpty() || SEPARATOR.matcher(l).matches() || RUNNING_LABEL.matcher(l).matches()) {
                continue;
            }
            if (!raw.contains("\t")) {
                if (l.startsWith("部门名称") || l.startsWith("单位名称：")) {
                    department = Text.squeeze(l.substring(l.indexOf(l.contains("：") ? "：" : ":") + 1));
                } else if (l.startsWith("单位：") || l.startsWith("单位:")) {
                    unit = parseUnit(l.substring(3), i);
                } else if (l.startsWith("注")) {
                    tableNotes.add(l);
                } else if (Text.squeeze(l).startsWith("第") && l.contains("部分")) {
                    break;
                } else {
                    rows.add(alignRow(spec, columns, List.of(Text.unwrap(l)), i));
                }
                continue;
            }
            List<String> cells = Text.cells(raw);
            if (isMeta(cells.get(0))) {
                // 部门名称 and 单位 on one line, a gap (a tab) between them
                for (String c : cells) {
                    if (c.startsWith("部门名称") || c.startsWith("单位名称：")) {
                        department = Text.squeeze(c.substring(c.indexOf(c.contains("：") ? "：" : ":") + 1));
                    } else if (c.startsWith("单位：") || c.startsWith("单位:")) {
                        unit = parseUnit(c.substring(3), i);
                    }
                }
                continue;
            }
            if (header.size() < headerCount) {
                header.add(trimTrailing(cells, spec.headerRows().get(header.size()).size()));
                continue;
            }
            if (repeatsHeader(header, cells)) {
                // the header printed again at the top of the next page
                continue;
            }
            rows.add(alignRow(spec, columns, cells, i));
        }
        if (unit == null) {
            // the text has no "单位：" line: the unit the profile prints the table in
            unit = spec.unit();
            notes.add(new ReadingNote(spec.id() + ".unit", titleIndex + 1,
                    name(spec) + "未注明金额单位，按模板的单位（" + unit.label() + "）读取"));
        }
        return new PrintedTable(spec.id(), spec.role(), spec.name(), label, title(spec, lines.get(titleIndex)), department, unit, header,
                columns, rows, tableNotes, SourceRef.line(titleIndex + 1));
    }

    private static boolean isMeta(String firstCell) {
        return firstCell.startsWith("部门名称") || firstCell.startsWith("单位名称：")
                || firstCell.startsWith("单位：") || firstCell.startsWith("单位:");
    }

    /** Whether a row of cells is one of the header rows already read (header rows all read). */
    private static boolean repeatsHeader(List<List<String>> header, List<String> cells) {
        for (List<String> h : header) {
            if (trimTrailing(h, 0).equals(trimTrailing(cells, 0)) && h.stream().anyMatch(c -> !c.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** The table's name in messages: as the profile prints it ("表二"), else its title. */
    private String name(TableSpec spec) {
        return spec.name() != null && !spec.name().isBlank() ? spec.name() : spec.title(year);
    }

    private String runningLabelBefore(List<String> lines, int titleIndex, int sectionStart) {
        for (int i = titleIndex - 1; i >= sectionStart; i--) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            return RUNNING_LABEL.matcher(l).matches() ? l : null;
        }
        return null;
    }

    private MoneyUnit parseUnit(String text, int index) {
        try {
            return MoneyUnit.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IngestException(file, index + 1, "无法识别的金额单位“" + text.strip() + "”（应为“万元”或“元”）");
        }
    }

    private static List<String> trimTrailing(List<String> cells, int width) {
        List<String> out = new ArrayList<>(cells);
        while (out.size() > width && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        while (out.size() < width) {
            out.add("");
        }
        return out;
    }

    /**
     * Aligns printed cells to the columns: trailing blanks beyond the last column are dropped;
     * a non-blank cell beyond it, or text in an amount column, is kept and reported.
     */
    private TableRow alignRow(TableSpec spec, List<Column> columns, List<String> cells, int index) {
        List<String> out = trimTrailing(cells, columns.size());
        if (out.size() > columns.size()) {
            notes.add(new ReadingNote(spec.id() + ".row", index + 1,
                    name(spec) + "第" + (index + 1) + "行的单元格多于表头列数（" + out.size() + " > " + columns.size()
                            + "），多出的内容：" + String.join(" | ", out.subList(columns.size(), out.size()))));
            out = out.subList(0, columns.size());
        }
        for (int c = 0; c < columns.size(); c++) {
            String v = out.get(c);
            if (columns.get(c).type() == ColumnType.AMOUNT && !v.isEmpty() && !Numbers.isAmount(v)) {
                notes.add(new ReadingNote(spec.id() + "." + columns.get(c).key(), index + 1,
                        name(spec) + "第" + (index + 1) + "行“" + columns.get(c).label() + "”列不是金额：“" + v + "”"));
            }
        }
        return new TableRow(out, index + 1);
    }
}
