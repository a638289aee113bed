package org.gongkai.core.check;

import java.util.List;

/** Rules of the family 表内勾稽. */
final class ArithmeticRules {

    private ArithmeticRules() {
    }

    static List<Rule> all() {
        return List.of();
    }
}
