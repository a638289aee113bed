package org.gongkai.core.check;

import java.util.List;

/** Rules of the family 绩效目标表. */
final class PerformanceRules {

    private PerformanceRules() {
    }

    static List<Rule> all() {
        return List.of();
    }
}
