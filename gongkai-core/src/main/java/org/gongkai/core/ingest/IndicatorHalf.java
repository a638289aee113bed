package org.gongkai.core.ingest;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.core.performance.IndicatorFamilies;

/**
 * One half of an indicator row: the 实施期 half or the 年度 half. Holds the 二级 label printed in
 * it (if any) and the indicators read from it; filled cell by cell by {@link IndicatorRowSplitter}.
 */
final class IndicatorHalf {

    private String label;
    private final List<IndicatorEntry> entries = new ArrayList<>();
    private String pendingName;

    /** Nothing read yet, not even a label. */
    boolean isEmpty() {
        return label == null && !hasIndicators();
    }

    /** A name has been read (with or without its value). */
    boolean hasIndicators() {
        return !entries.isEmpty() || pendingName != null;
    }

    boolean awaitsValue() {
        return pendingName != null;
    }

    /** Exactly one name read so far, without its value. */
    boolean holdsOnlyAName() {
        return pendingName != null && entries.isEmpty();
    }

    String label() {
        return label;
    }

    void label(String printed) {
        label = printed;
    }

    void name(String name) {
        flush();
        pendingName = name;
    }

    void value(String value, boolean byPosition) {
        entries.add(new IndicatorEntry(pendingName, value, byPosition));
        pendingName = null;
    }

    /** Ends a name that has no value. */
    void flush() {
        if (pendingName != null) {
            entries.add(new IndicatorEntry(pendingName, null, false));
            pendingName = null;
        }
    }

    /** Only valid after {@link #flush()}. */
    List<IndicatorEntry> entries() {
        return List.copyOf(entries);
    }

    /** Whether any indicator of this half has the same name (or a prefix of it) as one of {@code other}. */
    boolean sharesNameWith(IndicatorHalf other) {
        for (IndicatorEntry mine : entries) {
            for (IndicatorEntry theirs : other.entries) {
                if (IndicatorFamilies.sameName(mine.name(), theirs.name())) {
                    return true;
                }
            }
        }
        return false;
    }
}
