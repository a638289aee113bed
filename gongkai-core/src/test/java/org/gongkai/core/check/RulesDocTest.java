package org.gongkai.core.check;

import org.gongkai.core.check.engine.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.core.Reference;
import org.gongkai.core.profile.Profile;
import org.gongkai.core.profile.ProfileSource;
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
        String generated = CheckReportWriter.rulesMarkdown(Rules.all(), examples, ProfileSource.shipped().profile(ProfileSource.DEFAULT_ID));
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
        String with = CheckReportWriter.rulesMarkdown(rules, Map.of(id, "甲|乙\n丙"), null);
        assertThat(with).contains("| id | severity | checks | 例 |");
        assertThat(with.lines().filter(l -> l.startsWith("| `" + id + "` |"))).singleElement()
                .satisfies(l -> assertThat(l).endsWith(" | 甲\\|乙 丙 |"));
        assertThat(with.lines().filter(l -> l.startsWith("| `") && l.endsWith(" |  |"))).hasSize(rules.size() - 1);
        String without = CheckReportWriter.rulesMarkdown(rules);
        assertThat(without).contains("| id | severity | checks |\n").doesNotContain("例 |");
        assertThat(without.lines().filter(l -> l.startsWith("| `"))).hasSize(rules.size());
    }

    @Test
    void descriptionsNameTablesAsTheProfilePrintsThem() throws IOException {
        Profile shanxi = ProfileSource.shipped().profile(ProfileSource.DEFAULT_ID);
        Profile variant;
        try (var in = RulesDocTest.class.getResourceAsStream("/org/gongkai/core/profile/variant-13.json")) {
            variant = Profile.read(in);
        }
        Rule rule = Rules.named(Rules.all(), List.of("cross.general-budget-revenue")).get(0);
        // shanxi-13: 表五 一般公共预算支出, 表二 收入; variant-13 prints them as 表4 and 表1
        assertThat(rule.info().description(shanxi::tableName)).isEqualTo("表五各科目（及合计）的“合计”等于表二同一科目的“一般公共预算”列");
        assertThat(rule.info().description(variant::tableName)).isEqualTo("表4各科目（及合计）的“合计”等于表1同一科目的“一般公共预算”列");
        assertThat(rule.info().genericDescription()).isEqualTo("一般公共预算支出表各科目（及合计）的“合计”等于收入总表同一科目的“一般公共预算”列");
        for (Rule r : Rules.all()) {
            assertThat(r.info().genericDescription()).doesNotContain("{").doesNotContainPattern("表[一二三四五六七八九十](?!致)");
            assertThat(r.info().description(variant::tableName)).doesNotContain("{").doesNotContainPattern("表[一二三四五六七八九十](?!致)");
        }
        assertThatThrownBy(() -> new org.gongkai.core.check.engine.RuleInfo("x.y", org.gongkai.core.check.engine.Category.CODES,
                org.gongkai.core.check.engine.Severity.ERROR, "{NO_SUCH_TABLE}合计")).isInstanceOf(IllegalArgumentException.class);
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
        String text = CheckReportWriter.rulesText(Rules.all(), ProfileSource.shipped().profile(ProfileSource.DEFAULT_ID));
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
