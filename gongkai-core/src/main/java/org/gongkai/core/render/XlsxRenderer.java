package org.gongkai.core.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.model.FundsBreakdown;
import org.gongkai.core.model.Metadata;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;
import org.gongkai.core.performance.IndicatorMerger;
import org.gongkai.core.performance.MergedIndicator;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.TableSpec;

/**
 * The disclosure as an Excel workbook laid out like the printed tables: one sheet per budget
 * table ("表1 预算收支总表" …) with its title, 部门名称 and 单位, the printed header with its merged
 * cells, the body (amounts as numbers formatted {@value XlsxStyles#AMOUNT_FORMAT}, codes as text,
 * blank cells blank) and the notes; then "绩效指标" (one row per indicator, 实施期 and 年度 values
 * side by side) and "绩效目标" (one row per form, funds in 元). Every table sheet prints on A4,
 * fitted to the page width, with its header rows repeated on each page.
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

    /** Points per printed line of 11-point text, and the room around it. */
    private static final float LINE_POINTS = 14.5f;
    private static final float ROW_PADDING = 4f;
    /**
     * Wider than this (in character cells) prints landscape; A4 portrait holds about 100, so a
     * portrait table prints at 80 % or more.
     */
    private static final double PORTRAIT_WIDTH = 125;
    /** Column widths: a CJK character counts two cells; names wrap beyond the cap. */
    private static final int TEXT_CAP = 44;
    private static final int HEADER_CAP = 18;
    private static final double CELL_FACTOR = 1.1;
    /** A title character is this many body characters wide. */
    private static final double TITLE_SCALE = (double) XlsxStyles.TITLE_POINTS / XlsxStyles.BODY_POINTS;
    private static final double CELL_PADDING = 2;
    /** Amounts keep a little room from the right border. */
    private static final double AMOUNT_PADDING = 1.5;

    private XlsxRenderer() {
    }

    /** The workbook as the bytes of an .xlsx file. */
    public static byte[] render(Disclosure d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(d, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes the workbook to {@code out} (which is left open). */
    public static void write(Disclosure d, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XlsxStyles styles = new XlsxStyles(wb);
            Set<String> used = new HashSet<>();
            List<PrintedTable> tables = inProfileOrder(d);
            for (int i = 0; i < tables.size(); i++) {
                PrintedTable t = tables.get(i);
                String name = unique(sheetName(t, i + 1), used);
                new TableSheet(wb.createSheet(name), styles, t, department(d, t)).write();
            }
            if (!d.performanceTargets().isEmpty()) {
                indicatorSheet(wb.createSheet(unique(INDICATOR_SHEET, used)), styles, d.performanceTargets());
                targetSheet(wb.createSheet(unique(TARGET_SHEET, used)), styles, d.performanceTargets());
            }
            properties(wb, d);
            wb.write(out);
        }
    }

    // ---------------------------------------------------------------- sheet names and order

    /**
     * "表1 预算收支总表": the table number and the title without its leading year, shortened to the
     * 31 characters Excel allows (a trailing parenthesis such as "（不含上年结转）" goes first).
     */
    static String sheetName(PrintedTable t, int position) {
        String digits = t.id() == null ? "" : t.id().replaceAll("\\D", "");
        String number = digits.isEmpty() ? Integer.toString(position) : digits;
        String title = t.title() == null ? "" : LEADING_YEAR.matcher(t.title().strip()).replaceFirst("");
        String name = cleanSheetName(("表" + number + " " + title).strip());
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

    /** The tables in the order of the disclosure's profile; tables the profile does not know go last. */
    private static List<PrintedTable> inProfileOrder(Disclosure d) {
        List<String> order = new ArrayList<>();
        String profileId = d.metadata() == null ? null : d.metadata().profile();
        if (profileId != null) {
            try {
                for (TableSpec spec : Profile.load(profileId).tables()) {
                    order.add(spec.id());
                }
            } catch (IllegalArgumentException | UncheckedIOException e) {
                order.clear();
            }
        }
        List<PrintedTable> tables = new ArrayList<>(d.tables());
        tables.sort(Comparator.comparingInt(t -> {
            int i = order.indexOf(t.id());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        return tables;
    }

    private static String department(Disclosure d, PrintedTable t) {
        if (t.department() != null && !t.department().isBlank()) {
            return t.department();
        }
        return d.metadata() == null ? null : d.metadata().department();
    }

    // ---------------------------------------------------------------- budget tables

    /** One printed table on one sheet. */
    private static final class TableSheet {

        private final Sheet sheet;
        private final XlsxStyles styles;
        private final PrintedTable table;
        private final String department;
        private final int width;
        private final List<HeaderSpans.Span> spans;
        private final double[] widths;

        TableSheet(Sheet sheet, XlsxStyles styles, PrintedTable table, String department) {
            this.sheet = sheet;
            this.styles = styles;
            this.table = table;
            this.department = department;
            int w = Math.max(1, table.columns().size());
            for (List<String> h : table.headerRows()) {
                w = Math.max(w, h.size());
            }
            this.width = w;
            this.spans = HeaderSpans.of(table.headerRows(), width);
            this.widths = columnWidths();
        }

        private ColumnType type(int c) {
            return c < table.columns().size() ? table.columns().get(c).type() : ColumnType.TEXT;
        }

        void write() {
            for (int c = 0; c < width; c++) {
                sheet.setColumnWidth(c, (int) Math.round(widths[c] * 256));
            }
            sheet.setDisplayGridlines(false);
            int r = 0;
            if (table.label() != null && !table.label().isBlank()) {
                Row row = sheet.createRow(r++);
                cell(row, 0, table.label(), styles.caption);
            }
            r = writeTitle(r);
            r = writeCaptions(r);
            int headerStart = r;
            r = writeHeader(r);
            int bodyStart = r;
            for (TableRow row : table.rows()) {
                writeBodyRow(sheet.createRow(r++), row);
            }
            for (String note : table.notes()) {
                Row row = sheet.createRow(r);
                cell(row, 0, note, styles.note);
                mergeAcross(r, 0, width - 1);
                row.setHeightInPoints(height(TextWidth.lines(note, total(0, width - 1))));
                r++;
            }
            sheet.createFreezePane(0, bodyStart);
            printSetup(sheet, total(0, width - 1) > PORTRAIT_WIDTH);
            if (bodyStart > headerStart) {
                sheet.setRepeatingRows(new CellRangeAddress(headerStart, bodyStart - 1, -1, -1));
            }
        }

        private int writeTitle(int r) {
            Row row = sheet.createRow(r);
            String title = table.title() == null ? "" : table.title();
            cell(row, 0, title, styles.title);
            mergeAcross(r, 0, width - 1);
            int lines = TextWidth.lines(title, (total(0, width - 1) - CELL_PADDING) / TITLE_SCALE);
            row.setHeightInPoints(lines * XlsxStyles.TITLE_POINTS * 1.45f + 6);
            return r + 1;
        }

        /** "部门名称：…" at the left, "单位：万元" in the last column. */
        private int writeCaptions(int r) {
            Row row = sheet.createRow(r);
            String dept = department == null ? "" : "部门名称：" + department;
            String unit = table.unit() == null ? "" : "单位：" + table.unit().label();
            int lines;
            if (width == 1) {
                String both = dept.isEmpty() ? unit : unit.isEmpty() ? dept : dept + "\n" + unit;
                cell(row, 0, both, styles.caption);
                lines = TextWidth.lines(both, widths[0]);
            } else {
                int deptEnd = width >= 3 ? width - 2 : 0;
                cell(row, 0, dept, styles.caption);
                mergeAcross(r, 0, deptEnd);
                cell(row, width - 1, unit, styles.captionRight);
                lines = TextWidth.lines(dept, total(0, deptEnd));
            }
            row.setHeightInPoints(height(lines));
            return r + 1;
        }

        private int writeHeader(int r) {
            int rows = table.headerRows().size();
            int[] lines = new int[rows];
            for (int i = 0; i < rows; i++) {
                lines[i] = 1;
                Row row = sheet.createRow(r + i);
                for (int c = 0; c < width; c++) {
                    row.createCell(c).setCellStyle(styles.header);
                }
            }
            for (HeaderSpans.Span s : spans) {
                sheet.getRow(r + s.firstRow()).getCell(s.firstCol()).setCellValue(s.text());
                if (s.isMerged()) {
                    sheet.addMergedRegion(new CellRangeAddress(r + s.firstRow(), r + s.lastRow(), s.firstCol(),
                            s.lastCol()));
                }
                int needed = TextWidth.lines(s.text(), total(s.firstCol(), s.lastCol()) - 1);
                int perRow = (int) Math.ceil((double) needed / s.rows());
                for (int k = s.firstRow(); k <= s.lastRow(); k++) {
                    lines[k] = Math.max(lines[k], perRow);
                }
            }
            for (int i = 0; i < rows; i++) {
                sheet.getRow(r + i).setHeightInPoints(height(lines[i]));
            }
            return r + rows;
        }

        private void writeBodyRow(Row row, TableRow printed) {
            boolean bold = isTotal(printed);
            int lines = 1;
            for (int c = 0; c < width; c++) {
                String v = printed.cell(c);
                Cell cell = row.createCell(c);
                if (v.isEmpty()) {
                    cell.setCellStyle(bold ? styles.blankBold : styles.blank);
                    continue;
                }
                ColumnType type = type(c);
                if (type == ColumnType.AMOUNT && Numbers.isAmount(v)) {
                    cell.setCellValue(Numbers.parseAmount(v).doubleValue());
                    cell.setCellStyle(bold ? styles.amountBold : styles.amount);
                } else if (type == ColumnType.CODE) {
                    cell.setCellValue(v);
                    cell.setCellStyle(bold ? styles.codeBold : styles.code);
                } else {
                    cell.setCellValue(v);
                    cell.setCellStyle(bold ? styles.textBold : styles.text);
                    lines = Math.max(lines, TextWidth.lines(v, widths[c] - 1));
                }
            }
            row.setHeightInPoints(height(lines));
        }

        /** 合计, 本年收入合计, 收入总计, 部门合计 … */
        private boolean isTotal(TableRow row) {
            for (int c = 0; c < width; c++) {
                if (type(c) == ColumnType.AMOUNT) {
                    continue;
                }
                String v = row.cell(c).replaceAll("\\s", "");
                if (v.endsWith("合计") || v.endsWith("总计") || v.endsWith("小计")) {
                    return true;
                }
            }
            return false;
        }

        /** Fitted to the widest cell of each column, counting CJK characters double; names wrap beyond a cap. */
        private double[] columnWidths() {
            double[] cells = new double[width];
            for (int c = 0; c < width; c++) {
                cells[c] = type(c) == ColumnType.AMOUNT ? 9 : 6;
            }
            for (HeaderSpans.Span s : spans) {
                if (s.cols() == 1) {
                    cells[s.firstCol()] = Math.max(cells[s.firstCol()], Math.min(HEADER_CAP, TextWidth.of(s.text())));
                }
            }
            DecimalFormat money = new DecimalFormat(XlsxStyles.AMOUNT_FORMAT);
            for (TableRow row : table.rows()) {
                for (int c = 0; c < width; c++) {
                    String v = row.cell(c);
                    if (v.isEmpty()) {
                        continue;
                    }
                    int w;
                    if (type(c) == ColumnType.AMOUNT && Numbers.isAmount(v)) {
                        w = money.format(Numbers.parseAmount(v)).length();
                    } else {
                        w = Math.min(TEXT_CAP, TextWidth.of(v));
                    }
                    cells[c] = Math.max(cells[c], w);
                }
            }
            double[] out = new double[width];
            double sum = 0;
            for (int c = 0; c < width; c++) {
                out[c] = cells[c] * CELL_FACTOR + CELL_PADDING + (type(c) == ColumnType.AMOUNT ? AMOUNT_PADDING : 0);
                sum += out[c];
            }
            // a narrow table is widened (every column alike) until its title fits on one line
            double titleWidth = TextWidth.of(table.title()) * TITLE_SCALE + 2 * CELL_PADDING;
            double wanted = Math.min(PORTRAIT_WIDTH * 0.8, titleWidth);
            if (sum < wanted) {
                for (int c = 0; c < width; c++) {
                    out[c] *= wanted / sum;
                }
            }
            return out;
        }

        private double total(int from, int to) {
            double sum = 0;
            for (int c = from; c <= to; c++) {
                sum += widths[c];
            }
            return sum;
        }

        private void mergeAcross(int r, int from, int to) {
            if (to > from) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, from, to));
            }
        }
    }

    // ---------------------------------------------------------------- performance sheets

    private static final List<String> INDICATOR_HEADER =
            List.of("项目名称", "一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值");
    private static final int[] INDICATOR_CAPS = {36, 12, 16, 30, 16, 16};

    /** One row per indicator of every form: 实施期 and 年度 values side by side, filterable. */
    private static void indicatorSheet(Sheet sheet, XlsxStyles styles, List<PerformanceTarget> targets) {
        List<List<String>> rows = new ArrayList<>();
        for (PerformanceTarget t : targets) {
            for (MergedIndicator m : IndicatorMerger.merge(t)) {
                rows.add(Arrays.asList(t.projectName(), m.level1(), m.level2(), m.name(), m.periodValue(),
                        m.annualValue()));
            }
        }
        double[] widths = fitted(INDICATOR_HEADER, rows, INDICATOR_CAPS);
        Row head = sheet.createRow(0);
        int headLines = 1;
        for (int c = 0; c < INDICATOR_HEADER.size(); c++) {
            cell(head, c, INDICATOR_HEADER.get(c), styles.header);
            headLines = Math.max(headLines, TextWidth.lines(INDICATOR_HEADER.get(c), widths[c] - 1));
        }
        head.setHeightInPoints(height(headLines));
        int r = 1;
        for (List<String> values : rows) {
            Row row = sheet.createRow(r++);
            int lines = 1;
            for (int c = 0; c < values.size(); c++) {
                String v = values.get(c);
                if (v == null || v.isEmpty()) {
                    row.createCell(c).setCellStyle(styles.blank);
                } else {
                    cell(row, c, v, styles.text);
                    lines = Math.max(lines, TextWidth.lines(v, widths[c] - 1));
                }
            }
            row.setHeightInPoints(height(lines));
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (int) Math.round(widths[c] * 256));
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, INDICATOR_HEADER.size() - 1));
        sheet.createFreezePane(0, 1);
        printSetup(sheet, true);
        sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
    }

    private static final List<String> FUND_LABELS =
            List.of("中央财政资金", "省级财政资金", "市县(区)财政资金", "单位自筹", "其他资金");

    /** One row per form: the project, its department and unit, and its funds in 元. */
    private static void targetSheet(Sheet sheet, XlsxStyles styles, List<PerformanceTarget> targets) {
        List<String> top = new ArrayList<>(List.of("项目名称", "主管部门及代码", "实施单位", "项目属性", "项目期"));
        List<String> second = new ArrayList<>(List.of("", "", "", "", ""));
        for (String period : List.of("实施期", "年度")) {
            top.add(period + "资金（元）");
            second.add(period + "资金总额");
            for (String label : FUND_LABELS) {
                top.add("");
                second.add(label);
            }
        }
        top.add("填报日期");
        second.add("");
        int width = top.size();
        int firstFund = 5;
        int dateCol = width - 1;

        double[] cells = new double[width];
        int[] caps = new int[width];
        Arrays.fill(caps, 16);
        caps[0] = 26;
        caps[1] = 18;
        caps[2] = 18;
        caps[3] = 20;
        for (int c = 0; c < width; c++) {
            cells[c] = 8;
        }
        for (int c = firstFund; c < dateCol; c++) {
            cells[c] = Math.max(cells[c], Math.min(10, TextWidth.of(second.get(c))));
        }
        DecimalFormat yuanFormat = new DecimalFormat(XlsxStyles.AMOUNT_FORMAT);
        DecimalFormat wholeYuan = new DecimalFormat(XlsxStyles.YUAN_FORMAT);
        for (PerformanceTarget t : targets) {
            List<String> texts = texts(t);
            for (int c = 0; c < texts.size(); c++) {
                cells[c] = Math.max(cells[c], Math.min(caps[c], TextWidth.of(texts.get(c))));
            }
            cells[dateCol] = Math.max(cells[dateCol], TextWidth.of(t.filingDate()));
            int c = firstFund;
            for (FundsBreakdown f : Arrays.asList(t.periodFunds(), t.annualFunds())) {
                for (Amount a : funds(f)) {
                    if (a != null) {
                        BigDecimal v = a.to(MoneyUnit.YUAN).value();
                        DecimalFormat format = hasCents(v) ? yuanFormat : wholeYuan;
                        cells[c] = Math.max(cells[c], format.format(v).length() + 1);
                    }
                    c++;
                }
            }
        }
        cells[dateCol] = Math.max(cells[dateCol], TextWidth.of("填报日期"));
        double[] widths = new double[width];
        for (int c = 0; c < width; c++) {
            widths[c] = cells[c] * CELL_FACTOR + CELL_PADDING;
            sheet.setColumnWidth(c, (int) Math.round(widths[c] * 256));
        }

        List<List<String>> header = List.of(top, second);
        for (int i = 0; i < header.size(); i++) {
            Row row = sheet.createRow(i);
            for (int c = 0; c < width; c++) {
                row.createCell(c).setCellStyle(styles.header);
            }
        }
        int[] headLines = {1, 1};
        for (HeaderSpans.Span s : HeaderSpans.of(header, width)) {
            sheet.getRow(s.firstRow()).getCell(s.firstCol()).setCellValue(s.text());
            if (s.isMerged()) {
                sheet.addMergedRegion(new CellRangeAddress(s.firstRow(), s.lastRow(), s.firstCol(), s.lastCol()));
            }
            double room = -1;
            for (int c = s.firstCol(); c <= s.lastCol(); c++) {
                room += widths[c];
            }
            int needed = (int) Math.ceil((double) TextWidth.lines(s.text(), room) / s.rows());
            for (int k = s.firstRow(); k <= s.lastRow(); k++) {
                headLines[k] = Math.max(headLines[k], needed);
            }
        }
        for (int i = 0; i < header.size(); i++) {
            sheet.getRow(i).setHeightInPoints(height(headLines[i]));
        }

        int r = header.size();
        for (PerformanceTarget t : targets) {
            Row row = sheet.createRow(r++);
            List<String> texts = texts(t);
            int lines = 1;
            for (int c = 0; c < texts.size(); c++) {
                String v = texts.get(c);
                if (v == null || v.isEmpty()) {
                    row.createCell(c).setCellStyle(styles.blank);
                } else {
                    cell(row, c, v, styles.text);
                    lines = Math.max(lines, TextWidth.lines(v, widths[c] - 1));
                }
            }
            int c = firstFund;
            for (FundsBreakdown f : Arrays.asList(t.periodFunds(), t.annualFunds())) {
                for (Amount a : funds(f)) {
                    yuanCell(row.createCell(c++), a, styles);
                }
            }
            String date = t.filingDate();
            if (date == null || date.isEmpty()) {
                row.createCell(dateCol).setCellStyle(styles.blank);
            } else {
                cell(row, dateCol, date, styles.code);
            }
            row.setHeightInPoints(height(lines));
        }
        sheet.setAutoFilter(new CellRangeAddress(1, Math.max(1, r - 1), 0, width - 1));
        sheet.createFreezePane(1, header.size());
        printSetup(sheet, true);
        sheet.setRepeatingRows(new CellRangeAddress(0, header.size() - 1, -1, -1));
    }

    private static List<String> texts(PerformanceTarget t) {
        return Arrays.asList(t.projectName(), t.competentDepartment(), t.implementingUnit(), t.attribute(),
                t.projectTerm());
    }

    /** total, central, provincial, local, self-raised, other; nulls where not printed. */
    private static List<Amount> funds(FundsBreakdown f) {
        if (f == null) {
            return Arrays.asList(null, null, null, null, null, null);
        }
        return Arrays.asList(f.total(), f.central(), f.provincial(), f.local(), f.selfRaised(), f.other());
    }

    /** An amount in 元 as a number: "#,##0", or with cents when it has any. Blank when not printed. */
    private static void yuanCell(Cell cell, Amount a, XlsxStyles styles) {
        if (a == null) {
            cell.setCellStyle(styles.blank);
            return;
        }
        BigDecimal yuan = a.to(MoneyUnit.YUAN).value();
        cell.setCellValue(yuan.doubleValue());
        cell.setCellStyle(hasCents(yuan) ? styles.yuanCents : styles.yuan);
    }

    private static boolean hasCents(BigDecimal v) {
        return v.stripTrailingZeros().scale() > 0;
    }

    /** Column widths fitted to header and cells (CJK counted double), capped per column. */
    private static double[] fitted(List<String> header, List<List<String>> rows, int[] caps) {
        double[] out = new double[header.size()];
        for (int c = 0; c < header.size(); c++) {
            int w = Math.min(caps[c], Math.max(8, TextWidth.of(header.get(c))));
            for (List<String> row : rows) {
                w = Math.max(w, Math.min(caps[c], TextWidth.of(row.get(c))));
            }
            out[c] = w * CELL_FACTOR + CELL_PADDING;
        }
        return out;
    }

    // ---------------------------------------------------------------- shared

    private static Cell cell(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    private static float height(int lines) {
        return Math.max(1, lines) * LINE_POINTS + ROW_PADDING;
    }

    /** A4, fitted to one page wide, centred, with page numbers in the footer. */
    private static void printSetup(Sheet sheet, boolean landscape) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setMargin(PageMargin.HEADER, 0.3);
        sheet.setMargin(PageMargin.FOOTER, 0.3);
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
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
