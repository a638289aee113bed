package org.gongkai.core.ingest.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The text layer of a PDF: its pages, each as lines of positioned words. What the table and
 * narrative readers of a PDF layout work from; every line keeps its page and box.
 *
 * @param name  the file's name, for messages
 * @param pages every physical page, in order
 */
public record PdfText(String name, List<PdfPage> pages) {

    public PdfText {
        pages = List.copyOf(pages);
    }

    /** Every line of every page, in reading order (line numbers 1, 2, …). */
    public List<PdfLine> lines() {
        List<PdfLine> out = new ArrayList<>();
        for (PdfPage p : pages) {
            out.addAll(p.lines());
        }
        return out;
    }

    /** The extracted text, a line per line, pages separated by a form feed. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (PdfPage p : pages) {
            if (p.number() > 1) {
                sb.append('\f');
            }
            for (PdfLine l : p.lines()) {
                sb.append(l.text()).append('\n');
            }
        }
        return sb.toString();
    }
}
