package org.gongkai.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * 政府采购预算: total and its parts (货物 goods, 工程 works, 服务 services). Null = not stated.
 */
public record Procurement(Amount total, Amount goods, Amount works, Amount services, SourceRef source) {

    public Procurement {
        source = source == null ? SourceRef.NONE : source;
    }

    public Procurement(Amount total, Amount goods, Amount works, Amount services, int line) {
        this(total, goods, works, services, SourceRef.line(line));
    }

    /** The source line (0 when unknown); the whole place is {@link #source()}. */
    @JsonIgnore
    public int line() {
        return source.line();
    }
}
