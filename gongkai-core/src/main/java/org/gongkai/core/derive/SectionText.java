package org.gongkai.core.derive;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.gongkai.core.model.NarrativeSection;
import org.gongkai.core.model.TextBlock;
import org.gongkai.core.profile.NarrativeSectionSpec;

/** The paragraphs of one section of the narrative being written, and the sources of their sentences. */
final class SectionText {

    private final NarrativeSectionSpec spec;
    private final String number;
    private final String heading;
    private final List<TextBlock> paragraphs = new ArrayList<>();
    private final List<SentenceSource> sources;

    SectionText(NarrativeSectionSpec spec, String number, List<SentenceSource> sources) {
        this(spec, number, spec.heading(), sources);
    }

    /** A section under a heading of its own (the profile's with its "{year}" and "{kind}" filled, a project's title). */
    SectionText(NarrativeSectionSpec spec, String number, String heading, List<SentenceSource> sources) {
        this.spec = spec;
        this.number = number;
        this.heading = heading;
        this.sources = sources;
    }

    /** A paragraph as the department wrote it, with no figures of the writer's own. */
    void ownParagraph(String text) {
        paragraphs.add(new TextBlock(text, 0));
    }

    /** The profile's i-th sub-heading, if it prints one. */
    void subheading(int i) {
        String h = spec.subheading(i);
        if (h != null) {
            paragraphs.add(new TextBlock(h, 0));
        }
    }

    /** A paragraph of the sentences given (null ones left out). */
    void paragraph(Sentence... sentences) {
        int index = paragraphs.size();
        StringBuilder sb = new StringBuilder();
        for (Sentence s : Arrays.stream(sentences).filter(Objects::nonNull).toList()) {
            sb.append(s.text());
            sources.add(new SentenceSource(number, index, s.text(), s.figures()));
        }
        paragraphs.add(new TextBlock(sb.toString(), 0));
    }

    NarrativeSection section() {
        return new NarrativeSection(number, heading, paragraphs, 0);
    }
}
