package org.gongkai.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One line of the 目录 (table of contents).
 *
 * @param level 1 for a 部分, 2 for an entry under it, 3 for a sub-entry such as "（一）"
 * @param title the entry as printed, without the leader dots
 * @param page  the printed page number, null if none
 */
public record TocEntry(int level, String title, Integer page, SourceRef source) {

    public TocEntry {
        source = source == null ? SourceRef.NONE : source;
    }

    public TocEntry(int level, String title, Integer page, int line) {
        this(level, title, page, SourceRef.line(line));
    }

    /** The source line (0 when unknown); the whole place is {@link #source()}. */
    @JsonIgnore
    public int line() {
        return source.line();
    }
}
