package org.gongkai.core.ingest.pdf;

import java.util.List;

/**
 * One physical page of the text layer.
 *
 * @param number   1-based, as a viewer numbers it (not the page number printed on it)
 * @param width    width of its visible area (crop box) in points
 * @param height   height of its visible area in points
 * @param rotation the page's /Rotate, degrees clockwise (0, 90, 180, 270)
 * @param lines    its lines top to bottom, running page numbers removed
 * @param rulings  its ruling lines (table borders), in the coordinates of the words' boxes
 */
public record PdfPage(int number, float width, float height, int rotation, List<PdfLine> lines, List<Ruling> rulings) {

    public PdfPage {
        lines = List.copyOf(lines);
        rulings = List.copyOf(rulings);
    }

    /** Whether a reader sees nothing on it that the text layer holds. */
    public boolean isBlank() {
        return lines.isEmpty();
    }
}
