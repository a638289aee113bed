package org.gongkai.core.check;

import java.util.List;

/** Rules of the family 科目代码与名称. */
final class CodeRules {

    private CodeRules() {
    }

    static List<Rule> all() {
        return List.of();
    }
}
