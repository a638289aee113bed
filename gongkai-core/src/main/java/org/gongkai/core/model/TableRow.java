package org.gongkai.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * One printed row: the cells as printed, aligned to the table's columns ("" is a blank cell, which
 * is not the same as "0.00").
 */
public record TableRow(List<String> cells, SourceRef source) {

    public TableRow {
        source = source == null ? SourceRef.NONE : source;
        cells = List.copyOf(cells);
    }

    public String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    @JsonIgnore
    public boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }

    public TableRow(List<String> cells, int line) {
        this(cells, SourceRef.line(line));
    }

    /** The source line (0 when unknown); the whole place is {@link #source()}. */
    @JsonIgnore
    public int line() {
        return source.line();
    }
}
