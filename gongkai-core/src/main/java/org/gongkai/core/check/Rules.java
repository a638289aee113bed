package org.gongkai.core.check;

import org.gongkai.core.check.code.CodeRules;
import org.gongkai.core.check.completeness.CompletenessRules;
import org.gongkai.core.check.cross.CrossTableRules;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.narrative.NarrativeRules;
import org.gongkai.core.check.performance.PerformanceRules;
import org.gongkai.core.check.table.ArithmeticRules;

import java.util.ArrayList;
import java.util.List;

/** The registry of every rule, by family. `./gongkai rules` and docs/rules.md are generated from it. */
public final class Rules {

    private Rules() {
    }

    public static List<Rule> all() {
        List<Rule> all = new ArrayList<>();
        all.addAll(ArithmeticRules.all());
        all.addAll(CrossTableRules.all());
        all.addAll(NarrativeRules.all());
        all.addAll(PerformanceRules.all());
        all.addAll(CodeRules.all());
        all.addAll(CompletenessRules.all());
        return all;
    }

    /**
     * The rules named by {@code names}, each a rule id or an earlier id (alias) of one, in registry
     * order.
     *
     * @throws IllegalArgumentException naming every name that is no rule's id or alias
     */
    public static List<Rule> named(java.util.Collection<String> names) {
        List<Rule> all = all();
        java.util.Set<String> unknown = new java.util.TreeSet<>();
        for (String n : names) {
            if (all.stream().noneMatch(r -> r.info().answersTo(n))) {
                unknown.add(n);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("未知的核对规则：" + String.join("、", unknown));
        }
        return all.stream().filter(r -> names.stream().anyMatch(n -> r.info().answersTo(n))).toList();
    }
}
