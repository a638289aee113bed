package org.gongkai.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** One entry of 第四部分 名词解释. */
public record GlossaryEntry(String number, String term, String definition, SourceRef source) {

    public GlossaryEntry {
        source = source == null ? SourceRef.NONE : source;
    }

    public GlossaryEntry(String number, String term, String definition, int line) {
        this(number, term, definition, SourceRef.line(line));
    }

    /** The source line (0 when unknown); the whole place is {@link #source()}. */
    @JsonIgnore
    public int line() {
        return source.line();
    }
}
