package org.gongkai.core.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.Metadata;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.ProfileSource;

/**
 * The disclosure as an Excel workbook laid out like the printed tables: one sheet per budget
 * table ("表1 预算收支总表" …, numbered by the table's position in its profile) with its title,
 * 部门名称 and 单位, the printed header with its merged cells, the body (amounts as numbers formatted
 * {@value XlsxStyles#AMOUNT_FORMAT}, codes as text, blank cells blank, 款 and 项 rows grouped
 * under their 类) and the notes ({@link XlsxTableSheet}); then "绩效指标" (one row per indicator,
 * 实施期 and 年度 values side by side) and "绩效目标" (one row per form, funds in 元)
 * ({@link XlsxPerformanceSheets}). Every table sheet prints on A4, fitted to the page width, with
 * its header rows repeated on each page.
 *
 * <p>A profile that names its region's own workbook for the document's kind ({@code workbooks}:
 * 上海市普陀区's 部门/单位预算 template in {@code shanghai-9}) gets that workbook, filled
 * ({@link RegionWorkbookWriter}), instead of this layout.
 *
 * <p>Amounts stay {@link BigDecimal} until a cell takes its value: the only conversion to double
 * is the cell value itself.
 */
public final class XlsxRenderer {

    /** Sheet of the performance indicators. */
    public static final String INDICATOR_SHEET = "绩效指标";
    /** Sheet of the performance-target forms. */
    public static final String TARGET_SHEET = "绩效目标";

    static final int MAX_SHEET_NAME = 31;
    private static final Pattern BAD_SHEET_CHARS = Pattern.compile("[\\[\\]:*?/\\\\]");
    private static final Pattern LEADING_YEAR = Pattern.compile("^\\s*\\d{4}\\s*年度?");
    private static final Pattern TRAILING_PARENTHESIS = Pattern.compile("\\s*[（(][^（）()]*[）)]\\s*$");

    private XlsxRenderer() {
    }

    /** The workbook of a disclosure of a shipped profile, as the bytes of an .xlsx file. */
    public static byte[] render(Disclosure d) {
        return render(d, ProfileSource.shipped());
    }

    /**
     * The workbook as the bytes of an .xlsx file, the tables in the order of the profile the
     * disclosure names, looked up in {@code profiles}.
     */
    public static byte[] render(Disclosure d, ProfileSource profiles) {
        return render(d, profiles, null);
    }

    /**
     * As {@link #render(Disclosure, ProfileSource)}, every sheet's printed header carrying
     * {@code mark} (e.g. "草稿") when it is not null.
     */
    public static byte[] render(Disclosure d, ProfileSource profiles, String mark) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(d, profiles, mark, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the workbook of a disclosure of a shipped profile to {@code out} (which is left open). */
    public static void write(Disclosure d, OutputStream out) throws IOException {
        write(d, ProfileSource.shipped(), out);
    }

    /**
     * Writes the workbook to {@code out} (which is left open): one sheet per table in the order of
     * the profile the disclosure names (looked up in {@code profiles}; a table the profile does not
     * print, or every table of an unknown profile, in the disclosure's order after them).
     */
    public static void write(Disclosure d, ProfileSource profiles, OutputStream out) throws IOException {
        write(d, profiles, null, out);
    }

    private static void write(Disclosure d, ProfileSource profiles, String mark, OutputStream out) throws IOException {
        RenderProfile profile = RenderProfile.of(d, profiles);
        Optional<Profile> region = profile.profile();
        Optional<String> template = region.flatMap(p -> RegionWorkbookWriter.template(p, d));
        if (template.isPresent()) {
            RegionWorkbookWriter.write(d, region.get(), template.get(), mark, out);
            return;
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(wb);
            Set<String> used = new HashSet<>();
            for (PrintedTable t : profile.tablesInOrder()) {
                String name = unique(sheetName(t, profile.position(t)), used);
                new XlsxTableSheet(wb.createSheet(name), styles, t, department(d, t), profile.unitLabel(t),
                        label(t, profile)).write();
            }
            if (!d.performanceTargets().isEmpty()) {
                XlsxPerformanceSheets.indicatorSheet(wb.createSheet(unique(INDICATOR_SHEET, used)), styles,
                        d.performanceTargets());
                XlsxPerformanceSheets.targetSheet(wb.createSheet(unique(TARGET_SHEET, used)), styles,
                        d.performanceTargets());
            }
            if (mark != null) {
                for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                    sheet.getHeader().setRight("&\"-,Bold\"&14" + mark);
                }
            }
            properties(wb, d);
            wb.write(out);
        }
    }

    /**
     * The 表号 printed above a table's title: the one its document printed ("预算公开表1"), else the
     * name its profile gives it ("表一"), else none.
     */
    static String label(PrintedTable t, RenderProfile profile) {
        if (t.label() != null && !t.label().isBlank()) {
            return t.label().strip();
        }
        return profile.spec(t).map(s -> s.tocName()).orElse("");
    }

    // ---------------------------------------------------------------- sheet names and order

    /**
     * "表1 预算收支总表": the table's position in its profile and the title without its leading
     * year, shortened to the 31 characters Excel allows (a trailing parenthesis such as
     * "（不含上年结转）" goes first).
     */
    static String sheetName(PrintedTable t, int position) {
        String title = t.title() == null ? "" : LEADING_YEAR.matcher(t.title().strip()).replaceFirst("");
        String name = cleanSheetName(("表" + position + " " + title).strip());
        while (name.length() > MAX_SHEET_NAME && TRAILING_PARENTHESIS.matcher(name).find()) {
            name = TRAILING_PARENTHESIS.matcher(name).replaceFirst("");
        }
        return truncate(name, MAX_SHEET_NAME);
    }

    private static String cleanSheetName(String name) {
        String n = BAD_SHEET_CHARS.matcher(name).replaceAll("_");
        while (n.startsWith("'")) {
            n = n.substring(1);
        }
        while (n.endsWith("'")) {
            n = n.substring(0, n.length() - 1);
        }
        return n.isBlank() ? "表" : n;
    }

    /** {@code name}, or "name（2）" … when Excel (which ignores case) already has it. */
    static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int k = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); k++) {
            String suffix = "（" + k + "）";
            candidate = truncate(name, MAX_SHEET_NAME - suffix.length()) + suffix;
        }
        return candidate;
    }

    private static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end).strip();
    }

    private static String department(Disclosure d, PrintedTable t) {
        if (t.department() != null && !t.department().isBlank()) {
            return t.department();
        }
        return d.metadata() == null ? null : d.metadata().department();
    }

    private static void properties(XSSFWorkbook wb, Disclosure d) {
        Metadata m = d.metadata();
        String department = m == null || m.department() == null ? "" : m.department();
        String title = m == null || m.title() == null
                ? (m == null ? "部门预算公开" : m.fiscalYear() + "年度部门" + m.phase().label() + "公开")
                : m.title();
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setTitle(department + title);
        core.setCreator("Gongkai");
        core.setSubjectProperty("部门预算公开表（" + d.tables().size() + "张预算表、" + d.performanceTargets().size()
                + "张项目支出绩效目标表）");
        if (m != null) {
            core.setKeywords("部门预算公开, " + m.fiscalYear() + (m.profile() == null ? "" : ", " + m.profile()));
            if (m.sourceName() != null) {
                core.setDescription("由 Gongkai 自 " + m.sourceName() + " 生成");
            }
        }
    }
}
