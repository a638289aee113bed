package org.gongkai.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Rule;
import org.gongkai.core.check.engine.Severity;
import org.gongkai.core.model.Disclosure;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every rule has a case it must flag and a case it must pass ({@link RuleCases}); each rule is run
 * alone on each of its documents.
 */
class RuleCasesTest {

    private static final Map<String, Rule> RULES = Rules.all().stream()
            .collect(Collectors.toMap(r -> r.info().id(), Function.identity()));

    @Test
    void everyRuleHasACaseAndEveryCaseNamesARule() {
        Set<String> withCases = RuleCases.all().stream().map(RuleCase::rule).collect(Collectors.toCollection(TreeSet::new));
        Set<String> without = new TreeSet<>(RULES.keySet());
        without.removeAll(withCases);
        assertThat(without).as("rules without a case").isEmpty();
        Set<String> unknown = new TreeSet<>(withCases);
        unknown.removeAll(RULES.keySet());
        assertThat(unknown).as("cases naming no rule id").isEmpty();
        assertThat(RuleCases.all()).allSatisfy(c -> assertThat(c.description()).isNotBlank());
    }

    @TestFactory
    Stream<DynamicTest> eachCaseIsFlaggedAndItsRepairPasses() {
        return RuleCases.all().stream().map(c -> DynamicTest.dynamicTest(c.rule() + " " + c.description(), () -> {
            Rule rule = RULES.get(c.rule());
            assertThat(rule).as("rule " + c.rule()).isNotNull();
            Disclosure flagged = c.flagged().get();
            Disclosure passing = c.passing().get();
            assertThat(flagged).as("the flagged document is another document than the passing one").isNotEqualTo(passing);

            List<Finding> found = RuleCases.findings(rule, flagged);
            assertThat(found).as("findings of %s on the flagged document", c.rule()).isNotEmpty();
            assertThat(found).as("a finding saying %s", c.expected())
                    .anySatisfy(f -> assertThat(f.message()).contains(c.expected()));
            assertThat(found).as("no rule failure").noneMatch(f -> f.message().startsWith("规则运行失败"));

            List<Finding> passed = RuleCases.findings(rule, passing);
            assertThat(passed).as("findings of %s on the passing document", c.rule())
                    .noneMatch(f -> f.severity() == Severity.ERROR || f.severity() == Severity.WARNING);
            Set<String> before = passed.stream().map(Finding::message).collect(Collectors.toSet());
            assertThat(found).as("the flagged document makes the rule say something it does not say on the passing one")
                    .anyMatch(f -> f.severity() != Severity.INFO && !before.contains(f.message()));
        }));
    }

    @Test
    void theExampleOfEachRuleIsTheFirstFindingOfItsFirstCase() {
        Map<String, String> examples = RuleCases.examples(Rules.all());
        assertThat(examples.keySet()).containsExactlyInAnyOrderElementsOf(RULES.keySet());
        for (Map.Entry<String, String> e : examples.entrySet()) {
            RuleCase first = RuleCases.all().stream().filter(c -> c.rule().equals(e.getKey())).findFirst().orElseThrow();
            assertThat(e.getValue()).as("example of %s", e.getKey()).contains(first.expected());
        }
    }
}
