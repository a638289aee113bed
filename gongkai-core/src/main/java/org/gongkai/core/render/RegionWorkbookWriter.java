package org.gongkai.core.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.model.Column;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.GlossaryEntry;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.model.TextBlock;
import org.gongkai.core.model.TocEntry;
import org.gongkai.core.profile.DocumentLayout;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.SheetTables;

/**
 * A disclosure written into its region's own workbook (公开表格模板, named by the profile's
 * {@code workbooks}): the template is opened as it is — its sheets, header cells, column widths,
 * styles and print settings kept — and filled. Each table's sheet is found by its printed title and
 * header ({@link SheetTables}), its body rows written from the first row below the header in the
 * styles of the template's own body and 合计 rows (the template's sample rows removed), the 合计
 * label over the code columns merged as the template prints it. The text sheets (封面, 目录, 主要职能,
 * 机构设置, 名词解释, 编制说明, 其他相关情况说明, 项目经费情况说明 — one sheet per project) are found by
 * their titles and take the document's own words.
 */
final class RegionWorkbookWriter {

    /** Where the regions' workbooks are shipped. */
    static final String RESOURCES = "/org/gongkai/core/profile/workbooks/";

    private static final Pattern TOTAL = Pattern.compile("^(?:合计|总计|收入总计|支出总计|收入合计|支出合计)$");
    private static final Pattern MAKER = Pattern.compile("^((?:编制部门|编制单位|部门名称|单位名称)\\s*[：:]).*$");
    private static final Pattern OWNER = Pattern.compile("^((?:预算主管部门|预算单位|主管部门|部门名称|单位名称)\\s*[：:]).*$");
    private static final Pattern UNIT = Pattern.compile("(单位\\s*[：:]\\s*)(万元|元)");
    private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]{1,3}、.*");
    private static final int MAX_ROW_POINTS = 409;

    private final Disclosure d;
    private final Profile profile;
    private final DocumentLayout doc;

    private RegionWorkbookWriter(Disclosure d, Profile profile) {
        this.d = d;
        this.profile = profile;
        this.doc = profile.document();
    }

    /** The workbook the profile names for the disclosure's kind, if it names one and ships it. */
    static Optional<String> template(Profile profile, Disclosure d) {
        if (profile == null) {
            return Optional.empty();
        }
        return profile.workbook(d.metadata() == null ? null : d.metadata().kind())
                .filter(name -> RegionWorkbookWriter.class.getResource(RESOURCES + name) != null);
    }

    /** Writes the disclosure into the workbook {@code template} (a resource name) to {@code out}. */
    static void write(Disclosure d, Profile profile, String template, String mark, OutputStream out) throws IOException {
        try (InputStream in = RegionWorkbookWriter.class.getResourceAsStream(RESOURCES + template);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            new RegionWorkbookWriter(d, profile).fill(wb);
            for (Sheet sheet : wb) {
                // the template prints its tables two pages wide: each sheet fitted to one page wide,
                // as many pages long as it needs (its paper, orientation and margins kept)
                sheet.setFitToPage(true);
                sheet.getPrintSetup().setFitWidth((short) 1);
                sheet.getPrintSetup().setFitHeight((short) 0);
            }
            if (!d.performanceTargets().isEmpty()) {
                // the region's workbook has no sheet for the forms: Gongkai's own two follow its sheets
                XlsxStyles styles = new XlsxStyles(wb);
                XlsxPerformanceSheets.indicatorSheet(wb.createSheet(XlsxRenderer.INDICATOR_SHEET), styles, d.performanceTargets());
                XlsxPerformanceSheets.targetSheet(wb.createSheet(XlsxRenderer.TARGET_SHEET), styles, d.performanceTargets());
            }
            if (mark != null) {
                for (Sheet sheet : wb) {
                    sheet.getHeader().setRight("&\"-,Bold\"&14" + mark);
                }
            }
            wb.write(out);
        }
    }

    private void fill(XSSFWorkbook wb) {
        Groups groups = groups();
        Formats formats = new Formats(wb);
        List<XSSFSheet> projectSheets = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet sheet = wb.getSheetAt(i);
            Optional<SheetTables.Located> at = SheetTables.locate(profile, grid(sheet));
            if (at.isPresent()) {
                Optional<PrintedTable> t = d.table(at.get().spec().role());
                clearBody(sheet, at.get(), t.orElse(null), formats);
                continue;
            }
            int titleRow = firstTextRow(sheet);
            if (titleRow < 0) {
                continue;
            }
            String title = text(sheet.getRow(titleRow).getCell(firstTextCol(sheet.getRow(titleRow))));
            Optional<SheetTables.Part> part = SheetTables.part(doc, title);
            if (part.isEmpty()) {
                continue;
            }
            switch (part.get()) {
                case COVER -> cover(sheet);
                case TOC -> toc(sheet, titleRow);
                case DUTIES -> textSheet(sheet, titleRow, owned(doc.dutiesHeading()),
                        paragraphs(d.overview() == null ? List.of() : d.overview().duties()));
                case ORGANIZATION -> textSheet(sheet, titleRow, owned(doc.organizationHeading()),
                        paragraphs(d.overview() == null ? List.of() : d.overview().organization()));
                case GLOSSARY -> textSheet(sheet, titleRow, null, glossary());
                case NARRATIVE -> narrative(sheet, titleRow, groups.statement);
                case OTHER -> textSheet(sheet, titleRow, null, numbered(groups.other));
                case PROJECT -> projectSheets.add(sheet);
            }
        }
        projects(wb, projectSheets, groups.projects);
    }

    // ---- tables ----------------------------------------------------------------------------------

    /** The template's body replaced by the table's rows (left empty when the disclosure has no such table). */
    private void clearBody(XSSFSheet sheet, SheetTables.Located at, PrintedTable t, Formats formats) {
        List<Column> columns = at.spec().columns();
        int width = columns.size();
        int body = at.bodyRow();
        // the template's styles: a body row's (its second sample row, past the first 类 row) and its 合计 row's
        CellStyle[] data = new CellStyle[width];
        CellStyle[] total = new CellStyle[width];
        float dataHeight = -1;
        float totalHeight = -1;
        int totalMerge = -1;
        int last = sheet.getLastRowNum();
        int sample = 0;
        int lastSample = -1;
        for (int r = body; r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            boolean isTotal = false;
            for (int c = 0; c < width; c++) {
                if (TOTAL.matcher(text(row.getCell(c)).replaceAll("\\s", "")).matches()) {
                    isTotal = true;
                }
            }
            if (isTotal && total[0] == null) {
                for (int c = 0; c < width; c++) {
                    total[c] = row.getCell(c) == null ? null : row.getCell(c).getCellStyle();
                }
                totalHeight = row.getHeightInPoints();
                for (CellRangeAddress m : sheet.getMergedRegions()) {
                    if (m.getFirstRow() == r && m.getLastRow() == r && m.getFirstColumn() == 0) {
                        totalMerge = m.getLastColumn();
                    }
                }
            } else if (!isTotal && row.getCell(0) != null && (sample == 0 || sample == 1 && r == lastSample + 1)) {
                lastSample = r;
                for (int c = 0; c < width; c++) {
                    data[c] = row.getCell(c) == null ? data[c] : row.getCell(c).getCellStyle();
                }
                dataHeight = row.getHeightInPoints();
                sample++;
            }
        }
        for (int c = 0; c < width; c++) {
            total[c] = total[c] == null ? data[c] : total[c];
        }
        if (totalHeight < 0) {
            totalHeight = dataHeight;
        }
        for (int k = sheet.getNumMergedRegions() - 1; k >= 0; k--) {
            if (sheet.getMergedRegion(k).getLastRow() >= body) {
                sheet.removeMergedRegion(k);
            }
        }
        for (int r = last; r >= body; r--) {
            Row row = sheet.getRow(r);
            if (row != null) {
                sheet.removeRow(row);
            }
        }
        if (t == null) {
            return;
        }
        Cell titleCell = cell(sheet, at.titleRow(), at.titleCol());
        titleCell.setCellValue(t.title() == null ? at.title() : t.title());
        captions(sheet, at, t);
        int r = body;
        for (TableRow printed : t.rows()) {
            boolean isTotal = printed.cells().stream().anyMatch(v -> TOTAL.matcher(v.replaceAll("\\s", "")).matches());
            Row row = sheet.createRow(r);
            CellStyle[] styles = isTotal ? total : data;
            if (isTotal ? totalHeight > 0 : dataHeight > 0) {
                row.setHeightInPoints(isTotal ? totalHeight : dataHeight);
            }
            for (int c = 0; c < width; c++) {
                Cell cell = row.createCell(c);
                if (styles[c] != null) {
                    cell.setCellStyle(styles[c]);
                }
                String v = printed.cell(c);
                if (v.isEmpty()) {
                    continue;
                }
                if (columns.get(c).type() == ColumnType.AMOUNT && Numbers.isAmount(v)) {
                    BigDecimal amount = Numbers.parseAmount(v);
                    cell.setCellValue(amount.doubleValue());
                    cell.setCellStyle(formats.showing(cell.getCellStyle(), Math.max(0, amount.scale())));
                } else {
                    cell.setCellValue(v);
                }
            }
            if (isTotal && totalMerge > 0 && labelOnly(printed, totalMerge)) {
                row.getCell(0).setCellValue(printed.cell(totalMerge));
                for (int c = 1; c <= totalMerge; c++) {
                    row.getCell(c).setBlank();
                }
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, totalMerge));
            }
            r++;
        }
        for (String note : t.notes()) {
            Row row = sheet.createRow(r);
            Cell cell = row.createCell(0);
            cell.setCellValue(note);
            if (width > 1) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
            }
            r++;
        }
    }

    /** Whether a 合计 row prints only its label in column {@code label}, the columns before it empty. */
    private static boolean labelOnly(TableRow row, int label) {
        for (int c = 0; c < label; c++) {
            if (!row.cell(c).isEmpty()) {
                return false;
            }
        }
        return !row.cell(label).isEmpty();
    }

    /** "编制部门：" followed by the department; "单位：元" as the table prints its unit. */
    private void captions(XSSFSheet sheet, SheetTables.Located at, PrintedTable t) {
        String department = t.department() != null && !t.department().isBlank() ? t.department()
                : d.metadata() == null ? null : d.metadata().department();
        for (int r = at.titleRow() + 1; r < at.headerRow(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell c : row) {
                String v = text(c);
                java.util.regex.Matcher m = MAKER.matcher(v);
                if (m.matches() && department != null) {
                    c.setCellValue(m.group(1) + department);
                }
                java.util.regex.Matcher u = UNIT.matcher(v);
                if (u.find() && t.unit() != null && !u.group(2).equals(t.unit().label())) {
                    c.setCellValue(u.replaceFirst(u.group(1) + t.unit().label()));
                }
            }
        }
    }

    // ---- text sheets -----------------------------------------------------------------------------

    private void cover(XSSFSheet sheet) {
        for (Row row : sheet) {
            for (Cell c : row) {
                String v = text(c);
                if (v.isBlank()) {
                    continue;
                }
                if (SheetTables.part(doc, v).filter(p -> p == SheetTables.Part.COVER).isPresent()
                        && d.metadata() != null && d.metadata().title() != null) {
                    c.setCellValue(d.metadata().title());
                }
                java.util.regex.Matcher m = OWNER.matcher(v);
                if (m.matches() && d.metadata() != null && d.metadata().department() != null) {
                    c.setCellValue(m.group(1) + d.metadata().department());
                }
            }
        }
    }

    /** The document's 目录 lines in the template's rows and styles; without any, the template's with the year. */
    private void toc(XSSFSheet sheet, int titleRow) {
        List<TocEntry> entries = d.tableOfContents();
        if (entries.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (TocEntry e : entries) {
            if (e.title() != null && !e.title().isBlank()) {
                lines.add(e.level() <= 1 ? e.title() : "    " + e.title());
            }
        }
        rows(sheet, titleRow + 1 + leadingBlank(sheet, titleRow), lines, false);
    }

    /** The rows between the title and the first text below it in the template (kept blank). */
    private static int leadingBlank(XSSFSheet sheet, int titleRow) {
        for (int r = titleRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && firstTextCol(row) >= 0) {
                return r - titleRow - 1;
            }
        }
        return 1;
    }

    /** The 编制说明: its title, then one paragraph per row in the style of the template's item rows. */
    private void narrative(XSSFSheet sheet, int titleRow, NarrativeSection statement) {
        if (statement == null) {
            if (d.narrative() != null && d.narrative().heading() != null) {
                cell(sheet, titleRow, 0).setCellValue(d.narrative().heading());
            }
            rows(sheet, titleRow + 1 + leadingBlank(sheet, titleRow), List.of(), true);
            return;
        }
        cell(sheet, titleRow, 0).setCellValue(statement.heading());
        List<String> lines = new ArrayList<>();
        for (TextBlock p : statement.paragraphs()) {
            lines.add("    " + p.text());
        }
        rows(sheet, titleRow + 1 + leadingBlank(sheet, titleRow), lines, true);
    }

    /**
     * Lines written one per row from {@code first}, each in the style of the template's row there
     * (past the template's rows, its last), the template's rows below cleared; with {@code fit} each
     * row high enough for its wrapped text.
     */
    private static void rows(XSSFSheet sheet, int first, List<String> lines, boolean fit) {
        int last = sheet.getLastRowNum();
        CellStyle style = null;
        float height = -1;
        List<CellStyle> styles = new ArrayList<>();
        List<Float> heights = new ArrayList<>();
        for (int r = first; r <= last; r++) {
            Row row = sheet.getRow(r);
            Cell c = row == null ? null : row.getCell(0);
            if (c != null && !text(c).isBlank()) {
                style = c.getCellStyle();
                height = row.getHeightInPoints();
            }
            styles.add(style);
            heights.add(height);
        }
        for (int r = last; r >= first; r--) {
            Row row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null) {
                row.getCell(0).setBlank();
            }
        }
        double width = sheet.getColumnWidth(0) / 256.0;
        for (int i = 0; i < lines.size(); i++) {
            int r = first + i;
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            Cell c = row.getCell(0) == null ? row.createCell(0) : row.getCell(0);
            CellStyle s = i < styles.size() ? styles.get(i) : style;
            if (s == null && !styles.isEmpty()) {
                s = styles.stream().filter(x -> x != null).reduce((a, b) -> b).orElse(null);
            }
            if (s != null) {
                c.setCellStyle(s);
            }
            c.setCellValue(lines.get(i));
            float h = i < heights.size() ? heights.get(i) : height;
            if (fit) {
                int n = TextWidth.lines(lines.get(i), Math.max(10, width * 0.9));
                float points = Math.min(MAX_ROW_POINTS, Math.max(h, n * 20f + 6));
                row.setHeightInPoints(points);
            } else if (h > 0) {
                row.setHeightInPoints(h);
            }
        }
    }

    /**
     * A sheet whose text sits in one merged cell below its title (the template's 主要职能, 名词解释,
     * 其他相关情况说明 …): the lines joined in that cell, the rows of the merged area heightened so that
     * all of it shows.
     */
    private static void textSheet(XSSFSheet sheet, int titleRow, String title, List<String> lines) {
        if (title != null) {
            cell(sheet, titleRow, 0).setCellValue(title);
        }
        CellRangeAddress area = null;
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.getFirstRow() > titleRow && m.getFirstColumn() == 0 && (area == null || m.getFirstRow() < area.getFirstRow())) {
                area = m;
            }
        }
        int first = area == null ? titleRow + 2 : area.getFirstRow();
        int lastRow = area == null ? first : area.getLastRow();
        Cell c = cell(sheet, first, 0);
        c.setCellValue(String.join("\n", lines));
        double width = 0;
        int lastCol = area == null ? 0 : area.getLastColumn();
        for (int col = 0; col <= lastCol; col++) {
            width += sheet.getColumnWidth(col) / 256.0;
        }
        int n = 0;
        for (String l : lines) {
            n += TextWidth.lines(l, Math.max(10, width * 0.9));
        }
        float needed = n * 20f + 12;
        float have = 0;
        for (int r = first; r <= lastRow; r++) {
            have += row(sheet, r).getHeightInPoints();
        }
        if (needed > have) {
            float each = Math.min(MAX_ROW_POINTS, needed / (lastRow - first + 1));
            for (int r = first; r <= lastRow; r++) {
                Row row = row(sheet, r);
                row.setHeightInPoints(Math.max(row.getHeightInPoints(), each));
            }
        }
    }

    /** "XX（部门）主要职能" with the department's name for the template's "XX（部门）"; null when unknown. */
    private String owned(String heading) {
        String department = d.metadata() == null ? null : d.metadata().department();
        if (department == null || department.isBlank() || heading == null) {
            return null;
        }
        return department + heading;
    }

    private static List<String> paragraphs(List<TextBlock> blocks) {
        List<String> out = new ArrayList<>();
        for (TextBlock b : blocks) {
            out.add("    " + b.text());
        }
        return out;
    }

    private List<String> glossary() {
        List<String> out = new ArrayList<>();
        for (GlossaryEntry g : d.glossary()) {
            out.add("   （" + g.number() + "）" + g.term() + "：" + g.definition());
        }
        return out;
    }

    /** Numbered sections as lines: "一、heading", then their paragraphs. */
    private static List<String> numbered(List<NarrativeSection> sections) {
        List<String> out = new ArrayList<>();
        for (NarrativeSection s : sections) {
            out.add("  " + (s.number() == null ? "" : s.number() + "、") + s.heading());
            for (TextBlock p : s.paragraphs()) {
                out.add("      " + p.text());
            }
        }
        return out;
    }

    /** The project statements: the template's sheet for the first, a copy of it for each further one. */
    private void projects(XSSFWorkbook wb, List<XSSFSheet> sheets, List<Project> projects) {
        if (sheets.isEmpty()) {
            return;
        }
        XSSFSheet template = sheets.get(0);
        int index = wb.getSheetIndex(template);
        int titleRow = firstTextRow(template);
        List<XSSFSheet> targets = new ArrayList<>();
        targets.add(template);
        for (int k = 1; k < projects.size(); k++) {
            XSSFSheet copy = wb.cloneSheet(index);
            String name = template.getSheetName().strip() + "（" + (k + 1) + "）";
            wb.setSheetName(wb.getSheetIndex(copy), name);
            wb.setSheetOrder(name, index + k);
            targets.add(copy);
        }
        if (projects.isEmpty()) {
            textSheet(template, titleRow, doc.projectTitleSuffix(), List.of());
            return;
        }
        for (int k = 0; k < projects.size(); k++) {
            Project p = projects.get(k);
            List<String> lines = p.sections.size() == 1 && p.sections.get(0).number() == null
                    ? paragraphs(p.sections.get(0).paragraphs())
                    : numbered(p.sections);
            textSheet(targets.get(k), titleRow, p.title, lines);
        }
    }

    // ---- the narrative's parts -------------------------------------------------------------------

    /** A project's statement: its title and sections. */
    private record Project(String title, List<NarrativeSection> sections) {
    }

    /** The narrative split by the sheets that print it. */
    private record Groups(NarrativeSection statement, List<NarrativeSection> other, List<Project> projects) {
    }

    /**
     * The 编制说明 (the first section, unnumbered), the 其他相关情况说明 (the first run of numbered
     * sections) and each project's statement: an unnumbered section headed "…项目经费情况说明", or a
     * further run of numbered sections starting again at 一 — its title then the last paragraph
     * before it, where the PDF reader puts it.
     */
    private Groups groups() {
        List<NarrativeSection> sections = d.narrative() == null ? List.of() : d.narrative().sections();
        String suffix = doc == null || doc.projectTitleSuffix() == null ? "项目经费情况说明" : doc.projectTitleSuffix();
        NarrativeSection statement = null;
        List<NarrativeSection> other = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        List<NarrativeSection> run = null;
        List<NarrativeSection> previous = null;
        for (int i = 0; i < sections.size(); i++) {
            NarrativeSection s = sections.get(i);
            if (s.number() == null) {
                if (i == 0 && !s.heading().endsWith(suffix)) {
                    statement = s;
                } else {
                    projects.add(new Project(s.heading(), List.of(s)));
                    run = null;
                }
                continue;
            }
            if (run == null && other.isEmpty() && projects.isEmpty()) {
                run = other;
            } else if (run == null || "一".equals(s.number()) && !run.isEmpty()) {
                run = new ArrayList<>();
                projects.add(new Project(takeTitle(previous, suffix), run));
            }
            run.add(s);
            previous = run;
        }
        return new Groups(statement, other, projects);
    }

    /** The last paragraph of the run's last section when it is a project's title (taken out of it); else the suffix. */
    private static String takeTitle(List<NarrativeSection> run, String suffix) {
        if (run == null || run.isEmpty()) {
            return suffix;
        }
        NarrativeSection prev = run.get(run.size() - 1);
        List<TextBlock> ps = prev.paragraphs();
        if (ps.isEmpty() || !ps.get(ps.size() - 1).text().strip().endsWith(suffix)) {
            return suffix;
        }
        run.set(run.size() - 1, new NarrativeSection(prev.number(), prev.heading(), ps.subList(0, ps.size() - 1), prev.source()));
        return ps.get(ps.size() - 1).text().strip();
    }

    /**
     * The template's styles with a number format showing an amount's decimals as the document prints
     * it ("#,##0_ " → "#,##0.00_ " for 31214205.80), made once per style and decimals.
     */
    private static final class Formats {
        private static final Pattern NUMBER = Pattern.compile("(#,##0|0)(\\.0+)?");
        private final XSSFWorkbook wb;
        private final java.util.Map<String, CellStyle> made = new java.util.HashMap<>();

        Formats(XSSFWorkbook wb) {
            this.wb = wb;
        }

        CellStyle showing(CellStyle style, int decimals) {
            String format = style.getDataFormatString();
            String want;
            java.util.regex.Matcher m = NUMBER.matcher(format == null ? "" : format);
            String places = decimals == 0 ? "" : "." + "0".repeat(decimals);
            if (format == null || format.equalsIgnoreCase("General") || !m.find()) {
                want = "#,##0" + places;
            } else {
                StringBuilder sb = new StringBuilder();
                m.reset();
                while (m.find()) {
                    m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(m.group(1) + places));
                }
                m.appendTail(sb);
                want = sb.toString();
            }
            if (want.equals(format)) {
                return style;
            }
            String key = style.getIndex() + "|" + want;
            return made.computeIfAbsent(key, k -> {
                CellStyle copy = wb.createCellStyle();
                copy.cloneStyleFrom(style);
                copy.setDataFormat(wb.createDataFormat().getFormat(want));
                return copy;
            });
        }
    }

    // ---- cells -----------------------------------------------------------------------------------

    private static SheetTables.Grid grid(XSSFSheet sheet) {
        return (r, c) -> {
            Row row = sheet.getRow(r);
            return row == null ? "" : text(row.getCell(c));
        };
    }

    private static String text(Cell c) {
        if (c == null || c.getCellType() != CellType.STRING) {
            return "";
        }
        return c.getStringCellValue();
    }

    private static int firstTextRow(XSSFSheet sheet) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 5); r++) {
            Row row = sheet.getRow(r);
            if (row != null && firstTextCol(row) >= 0) {
                return r;
            }
        }
        return -1;
    }

    private static int firstTextCol(Row row) {
        for (Cell c : row) {
            if (!text(c).isBlank()) {
                return c.getColumnIndex();
            }
        }
        return -1;
    }

    private static Row row(XSSFSheet sheet, int r) {
        Row row = sheet.getRow(r);
        return row == null ? sheet.createRow(r) : row;
    }

    private static Cell cell(XSSFSheet sheet, int r, int c) {
        Row row = row(sheet, r);
        Cell cell = row.getCell(c);
        return cell == null ? row.createCell(c) : cell;
    }
}
