package org.gongkai.core.render;

import static org.gongkai.core.render.XlsxSheets.CELL_FACTOR;
import static org.gongkai.core.render.XlsxSheets.CELL_PADDING;
import static org.gongkai.core.render.XlsxSheets.cell;
import static org.gongkai.core.render.XlsxSheets.height;
import static org.gongkai.core.render.XlsxSheets.printSetup;

import java.text.DecimalFormat;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.gongkai.core.model.ColumnType;
import org.gongkai.core.model.FunctionCode;
import org.gongkai.core.model.Numbers;
import org.gongkai.core.model.PrintedTable;
import org.gongkai.core.model.TableRow;

/**
 * One printed table on one sheet: its label, title, 部门名称 and 单位, the printed header with its
 * merged cells, the body and the notes. Rows of a function code are grouped by its level (类 above
 * its 款, 款 above its 项) and their names indented, whether the code is printed whole or in
 * 类|款|项 columns.
 */
final class XlsxTableSheet {

    /**
     * Wider than this (in character cells) prints landscape; A4 portrait holds about 100, so a
     * portrait table prints at 80 % or more.
     */
    static final double PORTRAIT_WIDTH = 125;
    /** Column widths: a CJK character counts two cells; names wrap beyond the cap. */
    private static final int TEXT_CAP = 44;
    private static final int HEADER_CAP = 18;
    /** A title character is this many body characters wide. */
    private static final double TITLE_SCALE = (double) XlsxStyles.TITLE_POINTS / XlsxStyles.BODY_POINTS;
    /** Amounts keep a little room from the right border. */
    private static final double AMOUNT_PADDING = 1.5;

    private final String label;
    private final Sheet sheet;
    private final XlsxStyles styles;
    private final PrintedTable table;
    private final String department;
    private final String unit;
    private final int width;
    private final List<HeaderSpans.Span> spans;
    private final double[] widths;

    /**
     * @param unit the unit printed after "单位：" ("万元"), "" when unknown
     */
    XlsxTableSheet(Sheet sheet, XlsxStyles styles, PrintedTable table, String department, String unit) {
        this(sheet, styles, table, department, unit, table.label());
    }

    /**
     * @param label the table's 表号 printed above its title ("预算公开表1", "表一"); blank for none
     */
    XlsxTableSheet(Sheet sheet, XlsxStyles styles, PrintedTable table, String department, String unit,
            String label) {
        this.label = label;
        this.sheet = sheet;
        this.styles = styles;
        this.table = table;
        this.department = department;
        this.unit = unit == null ? "" : unit;
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
        if (label != null && !label.isBlank()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, label.strip(), styles.caption);
        }
        r = writeTitle(r);
        r = writeCaptions(r);
        int headerStart = r;
        r = writeHeader(r);
        int bodyStart = r;
        int deepest = 0;
        List<Optional<FunctionCode>> codes = table.functionCodes();
        for (int ri = 0; ri < table.rows().size(); ri++) {
            TableRow row = table.rows().get(ri);
            int level = codes.get(ri).map(c -> c.level().ordinal()).orElse(0);
            writeBodyRow(sheet.createRow(r), row, level);
            if (level > 0) {
                ((XSSFSheet) sheet).getRow(r).getCTRow().setOutlineLevel((short) level);
                deepest = Math.max(deepest, level);
            }
            r++;
        }
        if (deepest > 0) {
            // a 类 row sums the 款 and 项 rows below it: the group's summary row is above
            sheet.setRowSumsBelow(false);
            ((XSSFSheet) sheet).getCTWorksheet().getSheetFormatPr().setOutlineLevelRow((short) deepest);
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
        String unit = this.unit.isEmpty() ? "" : "单位：" + this.unit;
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


    private void writeBodyRow(Row row, TableRow printed, int level) {
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
                cell.setCellStyle(bold ? styles.textBold : type == ColumnType.TEXT ? styles.text(level) : styles.text);
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
