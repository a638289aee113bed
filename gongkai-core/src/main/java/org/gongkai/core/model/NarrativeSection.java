package org.gongkai.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * A section of 第三部分 情况说明, e.g. number "五", heading "一般公共预算支出情况说明", with its
 * paragraphs (sub-headings such as "（一）…" or "1、…" are kept as paragraphs in order).
 */
public record NarrativeSection(String number, String heading, List<TextBlock> paragraphs, SourceRef source) {

    public NarrativeSection {
        source = source == null ? SourceRef.NONE : source;
        paragraphs = List.copyOf(paragraphs);
    }

    /** All paragraphs joined with newlines. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (TextBlock p : paragraphs) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(p.text());
        }
        return sb.toString();
    }

    public NarrativeSection(String number, String heading, List<TextBlock> paragraphs, int line) {
        this(number, heading, paragraphs, SourceRef.line(line));
    }

    /** The source line (0 when unknown); the whole place is {@link #source()}. */
    @JsonIgnore
    public int line() {
        return source.line();
    }
}
