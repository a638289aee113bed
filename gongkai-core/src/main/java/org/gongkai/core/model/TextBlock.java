package org.gongkai.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** A paragraph of text as printed, with the line it starts on. */
public record TextBlock(String text, SourceRef source) {

    public TextBlock {
        source = source == null ? SourceRef.NONE : source;
    }

    public TextBlock(String text, int line) {
        this(text, SourceRef.line(line));
    }

    /** The source line (0 when unknown); the whole place is {@link #source()}. */
    @JsonIgnore
    public int line() {
        return source.line();
    }
}
