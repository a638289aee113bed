package org.gongkai.core.check;

import org.gongkai.core.check.engine.Rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.core.Reference;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the code; the catalogue cannot drift. */
class RulesDocTest {

    /** With -Dgongkai.docs.write=true, {@link #docsRulesMdIsCurrent()} writes docs/rules.md instead of comparing. */
    private static final boolean WRITE = Boolean.getBoolean("gongkai.docs.write");

    @Test
    void docsRulesMdIsCurrent() throws IOException {
        Path doc = Reference.repoRoot().resolve("docs/rules.md");
        Map<String, String> examples = RuleCases.examples(Rules.all());
        assertThat(examples.keySet()).as("every rule has an example")
                .containsExactlyInAnyOrderElementsOf(Rules.all().stream().map(r -> r.info().id()).toList());
        String generated = CheckReportWriter.rulesMarkdown(Rules.all(), examples);
        if (WRITE) {
            Files.writeString(doc, generated);
        }
        assertThat(Files.readString(doc))
                .as("docs/rules.md is stale: regenerate with "
                        + "./mvnw -B -o -pl gongkai-core test -Dtest=RulesDocTest -Dgongkai.docs.write=true")
                .isEqualTo(generated);
    }

    @Test
    void examplesAreOneTableCellEachAndTheCatalogueWithoutExamplesHasNoExampleColumn() {
        List<Rule> rules = Rules.all();
        String id = rules.get(0).info().id();
        String with = CheckReportWriter.rulesMarkdown(rules, Map.of(id, "甲|乙\n丙"));
        assertThat(with).contains("| id | severity | checks | 例 |");
        assertThat(with.lines().filter(l -> l.startsWith("| `" + id + "` |"))).singleElement()
                .satisfies(l -> assertThat(l).endsWith(" | 甲\\|乙 丙 |"));
        assertThat(with.lines().filter(l -> l.startsWith("| `") && l.endsWith(" |  |"))).hasSize(rules.size() - 1);
        String without = CheckReportWriter.rulesMarkdown(rules);
        assertThat(without).contains("| id | severity | checks |\n").doesNotContain("例 |");
        assertThat(without.lines().filter(l -> l.startsWith("| `"))).hasSize(rules.size());
    }

    @Test
    void ruleIdsAreUniqueAndDescribed() {
        Set<String> ids = new HashSet<>();
        for (Rule r : Rules.all()) {
            assertThat(ids.add(r.info().id())).as("duplicate rule id " + r.info().id()).isTrue();
            assertThat(r.info().description()).isNotBlank();
            assertThat(r.info().id()).matches("[a-z]+\\.[a-z0-9-]+");
            assertThat(r.info().id()).as("a rule id names the relation, not a table number")
                    .doesNotContainPattern("\\bt[0-9]+\\b");
        }
        for (Rule r : Rules.all()) {
            for (String alias : r.info().aliases()) {
                assertThat(ids.add(alias)).as("alias " + alias + " names two rules or is an id").isTrue();
                assertThat(Rules.named(Rules.all(), List.of(alias))).containsExactly(r);
            }
        }
    }

    @Test
    void theRulesListStartsEachLineWithTheRuleIdAndNamesAnAliasOnlyAfterIt() {
        String text = CheckReportWriter.rulesText(Rules.all());
        List<String> all = text.lines().toList();
        assertThat(all.get(all.size() - 1)).isEqualTo(Rules.all().size() + " 条规则");
        List<String> lines = all.subList(0, all.size() - 1);
        assertThat(lines).hasSize(Rules.all().size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(lines.get(i).split("\\s+")[0]).isEqualTo(Rules.all().get(i).info().id());
        }
        assertThat(lines).filteredOn(l -> l.startsWith("cross.general-budget-revenue")).singleElement()
                .satisfies(l -> assertThat(l).endsWith("（alias: cross.t5-t2）"));
        assertThat(lines).noneMatch(l -> l.startsWith("cross.t5-t2"));
    }

    @Test
    void anUnknownRuleNameIsRefusedByName() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rules.named(Rules.all(), List.of("cross.t5-t2", "cross.t99-t1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cross.t99-t1")
                .hasMessageNotContaining("cross.t5-t2");
    }
}
