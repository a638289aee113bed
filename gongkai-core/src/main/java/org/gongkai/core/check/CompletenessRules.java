package org.gongkai.core.check;

import java.util.List;

/** Rules of the family 完整性与目录. */
final class CompletenessRules {

    private CompletenessRules() {
    }

    static List<Rule> all() {
        return List.of();
    }
}
