package org.gongkai.core.check;

import java.util.List;

/** Rules of the family 情况说明与报表. */
final class NarrativeRules {

    private NarrativeRules() {
    }

    static List<Rule> all() {
        return List.of();
    }
}
