package org.gongkai.core.ingest.pdf;

import java.util.List;
import org.gongkai.core.model.SourceRef;
import org.gongkai.core.model.SourceRef.Box;

/**
 * One line of a page's text: the words that share a baseline, left to right.
 *
 * @param line  1-based number of the line in the whole document's extracted text
 * @param page  1-based physical page, as a viewer counts it
 * @param words the words, left to right
 */
public record PdfLine(int line, int page, List<PdfWord> words) {

    public PdfLine {
        words = List.copyOf(words);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("a line has at least one word");
        }
    }

    /** The line's text: its words, a space between two words. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (PdfWord w : words) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(w.text());
        }
        return sb.toString();
    }

    /** The box around all its words. */
    public Box box() {
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (PdfWord w : words) {
            x0 = Math.min(x0, w.box().x());
            y0 = Math.min(y0, w.box().y());
            x1 = Math.max(x1, w.box().x() + w.box().width());
            y1 = Math.max(y1, w.box().y() + w.box().height());
        }
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }

    /** Where the line was read: its line, page and box. */
    public SourceRef source() {
        return SourceRef.onPage(line, page, box());
    }

    /** Where one of its words was read. */
    public SourceRef source(PdfWord word) {
        return SourceRef.onPage(line, page, word.box());
    }
}
