package org.gongkai.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Something the reader could not find or had to interpret: a value that is not in the text (field
 * and line), a row whose cells were shifted. Never a guess: the value stays missing.
 *
 * @param field   what was looked for, e.g. "annualFunds.total"
 * @param source  where
 * @param message in Chinese, for the user
 */
public record ReadingNote(String field, SourceRef source, String message) {

    /** Field of a note on a page of a PDF on which a reader sees nothing. */
    public static final String BLANK_PAGE = "page.blank";
    /** Field of a note on text in a PDF's text layer that a reader does not see (off the page, clipped). */
    public static final String HIDDEN_TEXT = "text.hidden";

    public ReadingNote {
        source = source == null ? SourceRef.NONE : source;
    }

    public ReadingNote(String field, int line, String message) {
        this(field, SourceRef.line(line), message);
    }

    /** The source line (0 when unknown); the whole place is {@link #source()}. */
    @JsonIgnore
    public int line() {
        return source.line();
    }
}
