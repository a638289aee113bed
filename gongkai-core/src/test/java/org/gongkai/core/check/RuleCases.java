package org.gongkai.core.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.code.CodeCases;
import org.gongkai.core.check.completeness.CompletenessCases;
import org.gongkai.core.check.layout.LayoutCases;
import org.gongkai.core.check.review.ReviewCases;
import org.gongkai.core.check.cross.CrossTableCases;
import org.gongkai.core.check.narrative.NarrativeCases;
import org.gongkai.core.check.performance.PerformanceCases;
import org.gongkai.core.check.table.ArithmeticCases;

/** Every rule case, by family (each family's cases live beside its tests). */
public final class RuleCases {

    private RuleCases() {
    }

    public static List<RuleCase> all() {
        List<RuleCase> all = new ArrayList<>();
        all.addAll(ArithmeticCases.all());
        all.addAll(CrossTableCases.all());
        all.addAll(NarrativeCases.all());
        all.addAll(PerformanceCases.all());
        all.addAll(CodeCases.all());
        all.addAll(CompletenessCases.all());
        all.addAll(LayoutCases.all());
        all.addAll(ReviewCases.all());
        return all;
    }

    /** The findings of {@code rule} alone on {@code d}, most severe first. */
    public static List<Finding> findings(Rule rule, org.gongkai.core.model.Disclosure d) {
        return new Checker(List.of(rule)).check(d).findings().stream()
                .filter(f -> f.rule().equals(rule.info().id())).toList();
    }

    /**
     * For each rule with a case, the message of the first finding of its first flag case, by rule
     * id (docs/rules.md shows it as the rule's example).
     */
    public static Map<String, String> examples(List<Rule> rules) {
        Map<String, String> examples = new LinkedHashMap<>();
        List<RuleCase> cases = all();
        for (Rule rule : rules) {
            cases.stream().filter(c -> c.rule().equals(rule.info().id())).findFirst().ifPresent(c -> {
                List<Finding> found = findings(rule, c.flagged().get());
                if (!found.isEmpty()) {
                    examples.put(rule.info().id(), found.get(0).message());
                }
            });
        }
        return examples;
    }
}
