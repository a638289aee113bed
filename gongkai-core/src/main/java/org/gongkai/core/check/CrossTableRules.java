package org.gongkai.core.check;

import java.util.List;

/** Rules of the family 表间勾稽. */
final class CrossTableRules {

    private CrossTableRules() {
    }

    static List<Rule> all() {
        return List.of();
    }
}
