package org.gongkai.core.derive;

import java.util.List;

/**
 * One generated sentence and the figures in it.
 *
 * @param section   the section number ("一"…"十二")
 * @param paragraph index of the paragraph in {@link org.gongkai.core.model.NarrativeSection#paragraphs()}
 * @param sentence  the sentence as it appears in that paragraph
 * @param figures   the figures printed in the sentence, in order; empty for a sentence of the
 *                  department's own words (or a placeholder for them)
 */
public record SentenceSource(String section, int paragraph, String sentence, List<FigureSource> figures) {

    public SentenceSource {
        figures = List.copyOf(figures);
    }
}
