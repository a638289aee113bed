package org.gongkai.core.profile;

/**
 * How a PDF of a document layout is read back (PDF读取方式). Which one a layout needs is data of its
 * profile ({@code document.pdfReading}), never a test on the region.
 */
public enum PdfReading {
    /**
     * Parts by their headings, each table by its ruling grid against the profile's columns (the
     * 上海 nine-table PDFs).
     */
    GRID,
    /**
     * The pages rebuilt as the lines of an extracted text — a ruled table's cells separated by tabs,
     * a merged cell's text in its first row, a paragraph on one line — and read by the text reader,
     * each value keeping the page and box it was read from (the 13-table layout and its
     * 绩效目标表 forms).
     */
    TEXT
}
