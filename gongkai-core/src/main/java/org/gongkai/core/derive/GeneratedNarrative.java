package org.gongkai.core.derive;

import java.util.List;
import org.gongkai.core.model.Narrative;

/**
 * 第三部分 情况说明 written from the facts, with the source of every sentence.
 *
 * @param narrative the text, section by section
 * @param sources   every generated sentence with its figures, in text order
 */
public record GeneratedNarrative(Narrative narrative, List<SentenceSource> sources) {

    public GeneratedNarrative {
        sources = List.copyOf(sources);
    }

    /** The placeholders "【待填写：…】" left in the text, in order. */
    public List<String> placeholders() {
        return sources.stream()
                .flatMap(s -> Wording.placeholdersIn(s.sentence()).stream())
                .toList();
    }
}
