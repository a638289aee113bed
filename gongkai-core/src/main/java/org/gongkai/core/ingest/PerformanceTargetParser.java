package org.gongkai.core.ingest;

import java.util.List;
import org.gongkai.core.model.PerformanceTarget;

/** Placeholder until the form reader lands. */
public final class PerformanceTargetParser {
    public List<PerformanceTarget> parse(List<String> lines, int from, int to) {
        return List.of();
    }

    public static List<MergedIndicator> merge(PerformanceTarget t) {
        return List.of();
    }
}
