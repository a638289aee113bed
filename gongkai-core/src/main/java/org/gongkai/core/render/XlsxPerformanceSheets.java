package org.gongkai.core.render;

import static org.gongkai.core.render.XlsxSheets.CELL_FACTOR;
import static org.gongkai.core.render.XlsxSheets.CELL_PADDING;
import static org.gongkai.core.render.XlsxSheets.cell;
import static org.gongkai.core.render.XlsxSheets.height;
import static org.gongkai.core.render.XlsxSheets.printSetup;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.gongkai.core.model.FilingDates;
import org.gongkai.core.model.Amount;
import org.gongkai.core.model.FundsBreakdown;
import org.gongkai.core.model.MoneyUnit;
import org.gongkai.core.model.PerformanceTarget;
import org.gongkai.core.performance.IndicatorMerger;
import org.gongkai.core.performance.MergedIndicator;

/**
 * The performance sheets of a rendered workbook: "绩效指标" (one row per indicator, 实施期 and 年度
 * values side by side, filterable) and "绩效目标" (one row per form, funds in 元).
 */
final class XlsxPerformanceSheets {

    private XlsxPerformanceSheets() {
    }

    private static final List<String> INDICATOR_HEADER =
            List.of("项目名称", "一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值");
    private static final int[] INDICATOR_CAPS = {36, 12, 16, 30, 16, 16};

    /** One row per indicator of every form: 实施期 and 年度 values side by side, filterable. */
    static void indicatorSheet(Sheet sheet, XlsxStyles styles, List<PerformanceTarget> targets) {
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
    static void targetSheet(Sheet sheet, XlsxStyles styles, List<PerformanceTarget> targets) {
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
            cells[dateCol] = Math.max(cells[dateCol], TextWidth.of(FilingDates.normalised(t.filingDate())));
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
            String date = FilingDates.normalised(t.filingDate());
            if (date.isEmpty()) {
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
}
