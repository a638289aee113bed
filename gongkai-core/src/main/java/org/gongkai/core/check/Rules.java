package org.gongkai.core.check;

import org.gongkai.core.check.code.CodeRules;
import org.gongkai.core.check.completeness.CompletenessRules;
import org.gongkai.core.check.layout.LayoutRules;
import org.gongkai.core.check.cross.CrossTableRules;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.narrative.NarrativeRules;
import org.gongkai.core.check.performance.PerformanceRules;
import org.gongkai.core.check.review.ReviewRules;
import org.gongkai.core.check.table.ArithmeticRules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
        all.addAll(LayoutRules.all());
        all.addAll(ReviewRules.all());
        return all;
    }

    /**
     * The rules of {@code from} named by {@code names}, each a rule id or an earlier id (alias) of
     * one, in the order of {@code from}.
     *
     * @throws IllegalArgumentException naming every name that is no rule's id or alias
     */
    public static List<Rule> named(List<Rule> from, Collection<String> names) {
        Set<String> unknown = new TreeSet<>(names);
        unknown.removeIf(n -> from.stream().anyMatch(r -> r.info().answersTo(n)));
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("未知的核对规则：" + String.join("、", unknown));
        }
        return from.stream().filter(r -> names.stream().anyMatch(n -> r.info().answersTo(n))).toList();
    }
}
