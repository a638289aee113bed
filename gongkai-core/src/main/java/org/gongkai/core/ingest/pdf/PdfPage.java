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
 * @param offPage  text of the text layer drawn outside the visible page (no reader sees it)
 * @param drawsSomething whether its content paints anything besides text: a path, an image
 */
public record PdfPage(int number, float width, float height, int rotation, List<PdfLine> lines, List<Ruling> rulings,
        List<PdfLine> offPage, boolean drawsSomething) {

    public PdfPage {
        lines = List.copyOf(lines);
        rulings = List.copyOf(rulings);
        offPage = List.copyOf(offPage);
    }

    /** Whether a reader sees no text on it that the text layer holds. */
    public boolean isBlank() {
        return lines.isEmpty();
    }

    /** Whether a reader sees nothing at all on it: no visible text, no drawing, no image. */
    public boolean isEmpty() {
        return lines.isEmpty() && !drawsSomething;
    }
}
