package org.gongkai.core.ingest.pdf;

import org.gongkai.core.model.SourceRef.Box;

/**
 * A run of glyphs on one line with no gap wider than a word gap between them: a table cell's text,
 * or a stretch of a sentence.
 *
 * @param text the characters as the text layer holds them
 * @param box  where they are drawn, in PDF points, origin at the page's lower left
 */
public record PdfWord(String text, Box box) {
}
