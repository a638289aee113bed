package org.gongkai.core.derive;

import java.util.List;
import org.gongkai.core.model.Disclosure;

/**
 * A disclosure built from facts, with the source of every generated sentence of its narrative.
 *
 * @param disclosure the complete document in the profile's layout
 * @param sources    see {@link GeneratedNarrative#sources()}
 */
public record Publication(Disclosure disclosure, List<SentenceSource> sources) {

    public Publication {
        sources = List.copyOf(sources);
    }
}
