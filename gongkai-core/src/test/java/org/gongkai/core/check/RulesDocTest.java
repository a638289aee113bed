package org.gongkai.core.check;

import org.gongkai.core.check.engine.Rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.core.Reference;
import org.junit.jupiter.api.Test;

/** docs/rules.md is generated from the code; the catalogue cannot drift. */
class RulesDocTest {

    @Test
    void docsRulesMdIsCurrent() throws IOException {
        Path doc = Reference.repoRoot().resolve("docs/rules.md");
        String generated = CheckReportWriter.rulesMarkdown(Rules.all());
        assertThat(Files.readString(doc))
                .as("docs/rules.md is stale: regenerate with ./gongkai rules --markdown > docs/rules.md")
                .isEqualTo(generated);
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
