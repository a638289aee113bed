package org.gongkai.core.pipeline;

/** What {@link Pipeline#render} writes a disclosure as. */
public enum RenderFormat {
    /** one self-contained web page */
    HTML("html"),
    /** A4, the 目录 with its page numbers, Noto Sans SC embedded */
    PDF("pdf"),
    /** a workbook, one sheet per table */
    XLSX("xlsx");

    private final String extension;

    RenderFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot: "pdf". */
    public String extension() {
        return extension;
    }
}
