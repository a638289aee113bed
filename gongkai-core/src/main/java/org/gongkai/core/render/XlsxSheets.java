package org.gongkai.core.render;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** What every sheet of a rendered workbook shares: cell widths, row heights, the page set-up. */
final class XlsxSheets {

    /** Points per printed line of 11-point text, and the room around it. */
    static final float LINE_POINTS = 14.5f;
    static final float ROW_PADDING = 4f;
    /** Column widths: character cells (a CJK character counts two) times this, plus the padding. */
    static final double CELL_FACTOR = 1.1;
    static final double CELL_PADDING = 2;

    private XlsxSheets() {
    }

    static Cell cell(Row row, int c, String value, CellStyle style) {
        Cell cell = row.createCell(c);
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return cell;
    }

    /** The height of a row of {@code lines} printed lines, in points. */
    static float height(int lines) {
        return Math.max(1, lines) * LINE_POINTS + ROW_PADDING;
    }

    /** A4, fitted to one page wide, centred, with page numbers in the footer. */
    static void printSetup(Sheet sheet, boolean landscape) {
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
}
