package org.gongkai.core.check;

import org.gongkai.core.check.engine.Finding;
import org.gongkai.core.check.engine.Severity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.core.facts.BudgetFacts;
import org.gongkai.core.model.Disclosure;
import org.gongkai.core.pipeline.Pipeline;
import org.gongkai.core.testing.RandomFacts;
import org.junit.jupiter.api.Test;

/**
 * Property: a document Gongkai derives from consistent facts passes every rule without an error
 * (or a warning). Damage tests in the same spirit live with each rule family.
 */
class GeneratedDocumentPropertyTest {

    public static Disclosure build(BudgetFacts f) {
        return Pipeline.standard().build(f).disclosure();
    }

    @Test
    void consistentFactsGiveACleanDocument() {
        RandomFacts random = new RandomFacts(20261124L);
        Checker checker = Checker.standard();
        for (int i = 0; i < 60; i++) {
            BudgetFacts facts = random.next();
            CheckReport report = checker.check(build(facts));
            List<Finding> bad = report.findings().stream().filter(f -> f.severity() != Severity.INFO).toList();
            assertThat(bad).as("case %d (%s): %s", i, facts.department(), bad).isEmpty();
        }
    }
}
