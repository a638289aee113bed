package org.gongkai.core.check;

import org.gongkai.core.check.engine.Rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
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
        }
    }
}
