package org.gongkai.core.render;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a rendered workbook, made once per workbook (a workbook holds a limited
 * number of styles, so cells share them).
 */
final class XlsxStyles {

    /** The font of every cell: the usual typeface of printed Chinese budget tables. */
    static final String FONT = "宋体";
    static final short BODY_POINTS = 11;
    static final short TITLE_POINTS = 16;

    static final String AMOUNT_FORMAT = "#,##0.00";
    static final String YUAN_FORMAT = "#,##0";

    final CellStyle title;
    final CellStyle caption;
    final CellStyle captionRight;
    final CellStyle header;
    final CellStyle text;
    /** A 款's name, indented one step; a 项's, two. */
    final CellStyle textIndent1;
    final CellStyle textIndent2;
    final CellStyle textBold;
    final CellStyle code;
    final CellStyle codeBold;
    final CellStyle amount;
    final CellStyle amountBold;
    final CellStyle blank;
    final CellStyle blankBold;
    final CellStyle yuan;
    final CellStyle yuanCents;
    final CellStyle note;

    XlsxStyles(Workbook wb) {
        Font plain = font(wb, BODY_POINTS, false);
        Font bold = font(wb, BODY_POINTS, true);
        Font big = font(wb, TITLE_POINTS, true);
        short amountFormat = wb.createDataFormat().getFormat(AMOUNT_FORMAT);
        short yuanFormat = wb.createDataFormat().getFormat(YUAN_FORMAT);
        short textFormat = wb.createDataFormat().getFormat("@");

        title = style(wb, big, HorizontalAlignment.CENTER, false);
        title.setWrapText(true);
        caption = style(wb, plain, HorizontalAlignment.LEFT, false);
        caption.setWrapText(true);
        captionRight = style(wb, plain, HorizontalAlignment.RIGHT, false);
        note = style(wb, plain, HorizontalAlignment.LEFT, false);
        note.setWrapText(true);

        header = style(wb, bold, HorizontalAlignment.CENTER, true);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

        text = style(wb, plain, HorizontalAlignment.LEFT, true);
        text.setWrapText(true);
        textIndent1 = indented(wb, plain, 1);
        textIndent2 = indented(wb, plain, 2);
        textBold = style(wb, bold, HorizontalAlignment.LEFT, true);
        textBold.setWrapText(true);
        code = style(wb, plain, HorizontalAlignment.LEFT, true);
        code.setDataFormat(textFormat);
        codeBold = style(wb, bold, HorizontalAlignment.LEFT, true);
        codeBold.setDataFormat(textFormat);
        amount = style(wb, plain, HorizontalAlignment.RIGHT, true);
        amount.setDataFormat(amountFormat);
        amountBold = style(wb, bold, HorizontalAlignment.RIGHT, true);
        amountBold.setDataFormat(amountFormat);
        blank = style(wb, plain, HorizontalAlignment.GENERAL, true);
        blankBold = style(wb, bold, HorizontalAlignment.GENERAL, true);
        yuan = style(wb, plain, HorizontalAlignment.RIGHT, true);
        yuan.setDataFormat(yuanFormat);
        yuanCents = style(wb, plain, HorizontalAlignment.RIGHT, true);
        yuanCents.setDataFormat(amountFormat);
    }

    /** The text style of a name at an outline level: 0 plain, 1 (款) and 2 (项) indented. */
    CellStyle text(int level) {
        return switch (level) {
            case 0 -> text;
            case 1 -> textIndent1;
            default -> textIndent2;
        };
    }

    private static CellStyle indented(Workbook wb, Font font, int steps) {
        CellStyle s = style(wb, font, HorizontalAlignment.LEFT, true);
        s.setWrapText(true);
        s.setIndention((short) steps);
        return s;
    }

    private static Font font(Workbook wb, short points, boolean bold) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints(points);
        f.setBold(bold);
        return f;
    }

    private static CellStyle style(Workbook wb, Font font, HorizontalAlignment align, boolean bordered) {
        CellStyle s = wb.createCellStyle();
        s.setFont(font);
        s.setAlignment(align);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}
