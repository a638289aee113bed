package org.gongkai.core.ingest.xlsx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.gongkai.core.ingest.IngestException;
import org.gongkai.core.ingest.xlsx.WorkbookFile.RawCell;
import org.gongkai.core.ingest.xlsx.WorkbookFile.RawSheet;
import org.gongkai.core.model.Column;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.DisclosureKind;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.Metadata;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Narrative;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.Overview;
import org.gongkai.core.model.Phase;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.SourceRef;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TextBlock;
import org.gongkai.core.model.TocEntry;
import org.gongkai.core.profile.DocumentLayout;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.SheetTables;
import org.gongkai.core.profile.TableSpec;

/**
 * A published disclosure workbook (公开表格) → {@link Disclosure}: a region's own workbook filled in
 * by a department (上海市普陀区's 部门/单位预算 template: 封面, 目录, 主要职能, 机构设置, 名词解释, 编制说明,
 * the nine tables, 其他相关情况说明, 项目经费情况说明), or the workbook Gongkai writes. Each table is
 * found by its printed title and header ({@link SheetTables}), never by a sheet's name; its body
 * rows are read cell by cell as printed: amounts as numbers in the table's decimals, codes and
 * names as text. The text sheets are found by their titles, the profile's headings.
 *
 * <p>Every problem names its sheet and cell ({@code 部门收入总表!E12：…}), all of them in one
 * {@link IngestException}: a hidden sheet, a formula (its cached result is never trusted), an
 * error value, a merged cell in a data area (other than the 合计 label over the code columns, as
 * the template prints it), text in an amount cell ("1,234.00元"). The file itself is read within
 * the bounds of {@link WorkbookFile} (zip expansion, rows, cells).
 */
public final class PublishedWorkbookReader {

    private static final int MAX_PROBLEMS = 30;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern UNIT = Pattern.compile("单位\\s*[：:]\\s*(万元|元)");
    private static final Pattern MAKER = Pattern.compile("^(?:编制部门|编制单位|部门名称|单位名称)\\s*[：:]\\s*(.*)$");
    private static final Pattern OWNER = Pattern.compile("^(?:预算主管部门|预算单位|主管部门|部门名称|单位名称)\\s*[：:]\\s*(.*)$");
    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]{1,3})、\\s*(.+)$");
    private static final Pattern GLOSSARY = Pattern.compile("^[（(]([一二三四五六七八九十]{1,3})[）)]\\s*([^：:]{1,40})[：:]\\s*(.*)$");
    private static final Pattern LEADER = Pattern.compile("[.．…]{3,}");
    private static final Pattern PLACEHOLDER = Pattern.compile("^[…．.\\s]+$");
    private static final Pattern INTEGER = Pattern.compile("-?\\d+(\\.0+)?");

    private final String file;
    private final Profile profile;
    private final List<String> problems = new ArrayList<>();

    private PublishedWorkbookReader(String file, Profile profile) {
        this.file = file;
        this.profile = profile;
    }

    /**
     * The profile whose tables the workbook prints: the one with the most sheets carrying a title and
     * header of one of its tables; none when no sheet does (an entry workbook, another workbook).
     */
    public static Optional<Profile> detect(List<RawSheet> sheets, List<Profile> profiles) {
        Profile best = null;
        int most = 0;
        for (Profile p : profiles) {
            int n = 0;
            for (RawSheet s : sheets) {
                if (SheetTables.locate(p, grid(s)).isPresent()) {
                    n++;
                }
            }
            if (n > most) {
                most = n;
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The disclosure the workbook prints, in {@code profile}'s layout.
     *
     * @throws IngestException naming every problem's sheet and cell
     */
    public static Disclosure read(String file, List<RawSheet> sheets, Profile profile) {
        return new PublishedWorkbookReader(file, profile).read(sheets);
    }

    private Disclosure read(List<RawSheet> sheets) {
        List<PrintedTable> tables = new ArrayList<>();
        List<TocEntry> toc = new ArrayList<>();
        List<TextBlock> duties = new ArrayList<>();
        List<TextBlock> organization = new ArrayList<>();
        List<GlossaryEntry> glossary = new ArrayList<>();
        List<NarrativeSection> sections = new ArrayList<>();
        String narrativeHeading = null;
        String title = null;
        String owner = null;
        DocumentLayout doc = profile.document();
        for (RawSheet s : sheets) {
            if (s.hidden()) {
                problems.add(s.name() + "：工作表“" + s.name() + "”被隐藏。隐藏的内容打印和公开时都看不到，"
                        + "请取消隐藏（右键工作表标签—取消隐藏）或删除该表后再读取");
                continue;
            }
            Optional<SheetTables.Located> located = SheetTables.locate(profile, grid(s));
            if (located.isPresent()) {
                tables.add(table(s, located.get()));
                continue;
            }
            List<Line> lines = lines(s);
            if (lines.isEmpty() || doc == null) {
                continue;
            }
            String heading = lines.get(0).text;
            List<Line> body = lines.subList(1, lines.size());
            Optional<SheetTables.Part> part = SheetTables.part(doc, heading);
            if (part.isPresent() && part.get() == SheetTables.Part.NARRATIVE && body.isEmpty()) {
                narrativeHeading = heading; // the 编制说明's title alone
                continue;
            }
            if (part.isEmpty() || body.isEmpty() && part.get() != SheetTables.Part.COVER) {
                continue; // a sheet Gongkai does not print (绩效指标 …), or a part left empty
            }
            switch (part.get()) {
                case TOC -> {
                    for (Line l : body) {
                        String t = LEADER.matcher(l.text).replaceAll(" ").strip();
                        toc.add(new TocEntry(SECTION.matcher(t).matches() ? 1 : 2, t, null, l.source()));
                    }
                }
                case COVER -> {
                    title = heading;
                    for (Line l : body) {
                        Matcher m = OWNER.matcher(l.text);
                        if (m.matches() && owner == null && !m.group(1).isBlank()) {
                            owner = m.group(1).strip();
                        }
                    }
                }
                case DUTIES -> duties.addAll(blocks(body));
                case ORGANIZATION -> organization.addAll(blocks(body));
                case GLOSSARY -> glossary.addAll(glossary(body));
                case NARRATIVE -> {
                    narrativeHeading = heading;
                    sections.add(new NarrativeSection(null, heading, blocks(body), lines.get(0).source()));
                }
                case OTHER -> sections.addAll(numbered(body));
                case PROJECT -> project(heading, lines.get(0).source(), body, sections);
            }
        }
        if (tables.isEmpty()) {
            problems.add("工作簿中没有找到“" + profile.name() + "”的任何报表（按报表标题和表头查找）");
        }
        fail();
        int year = tables.stream().map(PrintedTable::title).map(PublishedWorkbookReader::year).filter(y -> y > 0)
                .findFirst().orElse(title == null ? 0 : year(title));
        if (owner == null) {
            owner = tables.stream().map(PrintedTable::department).filter(d -> d != null && !d.isBlank()).findFirst().orElse(null);
        }
        if (title == null) {
            title = doc == null ? null : doc.title(year).replace("{kind}", "部门");
        }
        DisclosureKind kind = kind(title, tables);
        Metadata metadata = new Metadata(title, null, owner, null, year, Phase.BUDGET, kind, profile.id(),
                profile.amountUnit(), file);
        Narrative narrative = new Narrative(narrativeHeading, sections);
        return new Disclosure(metadata, toc, new Overview(duties, organization), tables, narrative, List.of(), null, null,
                glossary, List.of());
    }

    private void fail() {
        if (!problems.isEmpty()) {
            List<String> shown = problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems;
            String more = problems.size() > MAX_PROBLEMS ? "\n……另有" + (problems.size() - MAX_PROBLEMS) + "处问题" : "";
            throw new IngestException(file, "公开表格有" + problems.size() + "处问题：\n" + String.join("\n", shown) + more);
        }
    }

    private void problem(RawSheet s, int row, int col, String message) {
        problems.add(s.name() + "!" + new CellReference(row, col).formatAsString(false) + "：" + message);
    }

    // ---- tables ----------------------------------------------------------------------------------

    private PrintedTable table(RawSheet s, SheetTables.Located at) {
        TableSpec spec = at.spec();
        List<Column> columns = at.year() > 0 ? spec.columns(at.year()) : spec.columns();
        int n = columns.size();
        String department = null;
        MoneyUnit unit = null;
        for (int r = at.titleRow() + 1; r < at.headerRow(); r++) {
            for (RawCell c : s.rows().getOrDefault(r, Map.of()).values()) {
                String t = text(c);
                Matcher u = UNIT.matcher(t);
                if (u.find()) {
                    unit = MoneyUnit.parse(u.group(1));
                }
                Matcher m = MAKER.matcher(t);
                if (m.matches() && department == null) {
                    String d = UNIT.matcher(m.group(1)).replaceAll("").strip();
                    department = d.isEmpty() ? null : d;
                }
            }
        }
        String label = null;
        if (at.titleRow() > 0) {
            String above = text(s.cell(at.titleRow() - 1, 0)).strip();
            label = above.isEmpty() ? null : above;
        }
        List<TableRow> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int r = at.bodyRow(); r <= s.lastRow(); r++) {
            Map<Integer, RawCell> cells = s.rows().get(r);
            if (cells == null) {
                continue;
            }
            String first = firstText(cells);
            if (first.startsWith("注") || !notes.isEmpty() && !first.isEmpty() && isNoteRow(cells)) {
                notes.add(first);
                continue;
            }
            Integer nameCol = mergedLabel(s, r, columns);
            List<String> values = new ArrayList<>(n);
            for (int c = 0; c < n; c++) {
                values.add(value(s, r, c, columns.get(c).type()));
            }
            if (nameCol != null) {
                values.set(nameCol, values.get(0));
                for (int c = 0; c < nameCol; c++) {
                    values.set(c, "");
                }
            }
            for (Map.Entry<Integer, RawCell> e : cells.entrySet()) {
                if (e.getKey() >= n && !e.getValue().isBlank()) {
                    problem(s, r, e.getKey(), "在" + spec.name() + "的" + n + "列之外有内容“" + text(e.getValue())
                            + "”（请不要插入列，表外不要填写）");
                }
            }
            boolean blank = values.stream().allMatch(v -> v.isEmpty() || PLACEHOLDER.matcher(v).matches());
            if (!blank) {
                rows.add(new TableRow(values, SourceRef.line(r + 1)));
            }
        }
        return new PrintedTable(spec.id(), spec.role(), spec.name(), label, at.title(), department,
                unit == null ? spec.unit() : unit, at.year() > 0 ? spec.headerRows(at.year()) : spec.headerRows(), columns,
                rows, notes, SourceRef.line(at.titleRow() + 1));
    }

    private static boolean isNoteRow(Map<Integer, RawCell> cells) {
        return cells.entrySet().stream().filter(e -> !e.getValue().isBlank()).count() == 1;
    }

    /**
     * The column a merged label of row {@code r} stands for: a range in that one row from the first
     * column over the code columns to the name column ("合计" over 类|款|项|名称, as the template
     * prints it). Any other merged range in the data area is a problem; null when the row has none.
     */
    private Integer mergedLabel(RawSheet s, int r, List<Column> columns) {
        Integer out = null;
        for (CellRangeAddress m : s.merged()) {
            if (m.getFirstRow() > r || m.getLastRow() < r) {
                continue;
            }
            if (m.getFirstRow() != r) {
                continue; // reported on its first row
            }
            boolean label = m.getLastRow() == r && m.getFirstColumn() == 0 && m.getLastColumn() < columns.size()
                    && m.getLastColumn() > 0 && columns.get(m.getLastColumn()).type() == ColumnType.TEXT;
            for (int c = 0; label && c < m.getLastColumn(); c++) {
                label = columns.get(c).type() == ColumnType.CODE;
            }
            if (label) {
                out = m.getLastColumn();
            } else {
                problems.add(s.name() + "!" + m.formatAsString() + "：数据区不能合并单元格，请取消合并，每个值单独占一格");
            }
        }
        return out;
    }

    /** A body cell as the table prints it; a problem (and "") when it is not what its column holds. */
    private String value(RawSheet s, int r, int c, ColumnType type) {
        RawCell cell = s.cell(r, c);
        if (cell == null || cell.isBlank()) {
            return "";
        }
        if (cell.formula()) {
            problem(s, r, c, "单元格是公式。Gongkai 读取填写的数值，不采用公式的缓存结果："
                    + "请复制该区域后“选择性粘贴—数值”再读取");
            return "";
        }
        String v = cell.value().strip();
        switch (cell.type()) {
            case ERROR -> {
                problem(s, r, c, "单元格为错误值" + v + "，请改正后再读取");
                return "";
            }
            case BOOLEAN -> {
                problem(s, r, c, "单元格为逻辑值（TRUE/FALSE），应为" + (type == ColumnType.AMOUNT ? "金额" : "文字"));
                return "";
            }
            default -> {
            }
        }
        if (type == ColumnType.AMOUNT) {
            if (cell.type() == RawCell.Type.NUMBER || Numbers.isAmount(v)) {
                try {
                    if (cell.type() != RawCell.Type.NUMBER) {
                        return v; // a number typed as text, as typed
                    }
                    // the stored value ("3.12142058E7"), exactly (never through a double), with the
                    // decimals its number format shows ("#,##0.00" → 31214205.80), more if it has more
                    BigDecimal amount = new BigDecimal(v);
                    int scale = Math.max(decimals(cell.format()), Math.max(0, amount.stripTrailingZeros().scale()));
                    return amount.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
                } catch (NumberFormatException e) {
                    // falls through to the problem below
                }
            }
            problem(s, r, c, "金额单元格中是文字“" + v + "”，应为数值（如 1234.00，不带“元”、空格或其他文字）");
            return "";
        }
        if (type == ColumnType.CODE && cell.type() == RawCell.Type.NUMBER) {
            if (!INTEGER.matcher(v).matches()) {
                problem(s, r, c, "科目编码“" + v + "”不是整数");
                return "";
            }
            return new BigDecimal(v).toBigInteger().toString();
        }
        return v;
    }

    private static final Pattern FORMAT_DECIMALS = Pattern.compile("[0#](?:\\.([0#]+))?");

    /** The decimals a number format shows: "#,##0.00_ " → 2, "#,##0" → 0, General or none → 0. */
    static int decimals(String format) {
        if (format == null) {
            return 0;
        }
        String first = format.split(";", 2)[0].replaceAll("\"[^\"]*\"", "");
        Matcher m = FORMAT_DECIMALS.matcher(first);
        int best = 0;
        while (m.find()) {
            if (m.group(1) != null) {
                best = Math.max(best, m.group(1).length());
            }
        }
        return best;
    }

    // ---- text sheets -----------------------------------------------------------------------------

    /** A line of a text sheet: one line of a cell's text, with its row. */
    private record Line(String text, int row) {
        SourceRef source() {
            return SourceRef.line(row + 1);
        }
    }

    /** Every non-blank line of the sheet's text cells, top to bottom, left to right. */
    private List<Line> lines(RawSheet s) {
        List<Line> out = new ArrayList<>();
        for (Map.Entry<Integer, Map<Integer, RawCell>> row : s.rows().entrySet()) {
            for (Map.Entry<Integer, RawCell> e : row.getValue().entrySet()) {
                RawCell c = e.getValue();
                if (c.isBlank()) {
                    continue;
                }
                if (c.formula() || c.type() == RawCell.Type.ERROR) {
                    problem(s, row.getKey(), e.getKey(), c.formula() ? "文字说明中不能使用公式，请直接填写文字"
                            : "单元格为错误值" + c.value());
                    continue;
                }
                for (String part : c.value().split("\\R")) {
                    String t = part.strip().replace('\u3000', ' ').strip();
                    if (!t.isEmpty()) {
                        out.add(new Line(t, row.getKey()));
                    }
                }
            }
        }
        return out;
    }

    private static List<TextBlock> blocks(List<Line> lines) {
        return lines.stream().map(l -> new TextBlock(l.text, l.source())).toList();
    }

    private static List<GlossaryEntry> glossary(List<Line> lines) {
        List<GlossaryEntry> out = new ArrayList<>();
        for (Line l : lines) {
            Matcher m = GLOSSARY.matcher(l.text);
            if (m.matches()) {
                out.add(new GlossaryEntry(m.group(1), m.group(2).strip(), m.group(3).strip(), l.source()));
            } else if (!out.isEmpty()) {
                GlossaryEntry last = out.remove(out.size() - 1);
                out.add(new GlossaryEntry(last.number(), last.term(), last.definition() + l.text, last.source()));
            }
        }
        return out;
    }

    /** Sections headed "一、…", each with the lines below it. */
    private static List<NarrativeSection> numbered(List<Line> lines) {
        List<NarrativeSection> out = new ArrayList<>();
        String number = null;
        String heading = null;
        SourceRef at = null;
        List<TextBlock> paragraphs = new ArrayList<>();
        for (Line l : lines) {
            Matcher m = SECTION.matcher(l.text);
            if (m.matches()) {
                if (heading != null) {
                    out.add(new NarrativeSection(number, heading, paragraphs, at));
                }
                number = m.group(1);
                heading = m.group(2).strip();
                at = l.source();
                paragraphs = new ArrayList<>();
            } else if (heading != null) {
                paragraphs.add(new TextBlock(l.text, l.source()));
            }
        }
        if (heading != null) {
            out.add(new NarrativeSection(number, heading, paragraphs, at));
        }
        return out;
    }

    /** A project's statement (项目经费情况说明): one section headed by its title, its lines as paragraphs. */
    private static void project(String title, SourceRef at, List<Line> body, List<NarrativeSection> sections) {
        sections.add(new NarrativeSection(null, title, blocks(body), at));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    static SheetTables.Grid grid(RawSheet s) {
        return (row, col) -> text(s.cell(row, col));
    }

    private static String text(RawCell c) {
        return c == null || c.value() == null ? "" : c.value();
    }

    private static String firstText(Map<Integer, RawCell> cells) {
        for (RawCell c : cells.values()) {
            if (!c.isBlank() && c.value() != null && !c.value().isBlank()) {
                return c.value().strip();
            }
        }
        return "";
    }

    private static int year(String text) {
        if (text == null) {
            return 0;
        }
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** 单位 when the title says 单位预算 or the tables' titles print 单位 as their kind word. */
    private static DisclosureKind kind(String title, List<PrintedTable> tables) {
        if (title != null && (title.contains("单位预算") || title.contains("单位决算"))) {
            return DisclosureKind.UNIT;
        }
        if (title != null && title.contains("部门预算")) {
            return DisclosureKind.DEPARTMENT;
        }
        for (PrintedTable t : tables) {
            String after = t.title() == null ? "" : YEAR.matcher(t.title()).replaceFirst("");
            if (after.startsWith("单位") || after.startsWith("预算单位")) {
                return DisclosureKind.UNIT;
            }
        }
        return DisclosureKind.DEPARTMENT;
    }
}
