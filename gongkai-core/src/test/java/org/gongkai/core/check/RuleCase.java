package org.gongkai.core.check;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.gongkai.core.model.Disclosure;

/**
 * One case of one rule: a document the rule must flag, with fragments its finding must say, and a
 * document the rule must pass (no finding at error or warning).
 *
 * @param rule        the rule id
 * @param description what the case is, in Chinese (e.g. "表三合计少计0.05")
 * @param flagged     the document the rule must flag
 * @param expected    fragments the message of one finding of the rule must each contain, typed by hand
 * @param passing     the document the rule must pass
 */
public record RuleCase(String rule, String description, Supplier<Disclosure> flagged, List<String> expected,
                       Supplier<Disclosure> passing) {

    public RuleCase {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(flagged, "flagged");
        Objects.requireNonNull(passing, "passing");
        expected = List.copyOf(expected);
        if (expected.isEmpty()) {
            throw new IllegalArgumentException(rule + ": a case names at least one fragment of the expected message");
        }
    }

    /** A case whose flagged document is {@code flagged}, passing {@code passing}, with the fragments {@code expected}. */
    public static RuleCase of(String rule, String description, Supplier<Disclosure> flagged, Supplier<Disclosure> passing,
                              String... expected) {
        return new RuleCase(rule, description, flagged, List.of(expected), passing);
    }

    @Override
    public String toString() {
        return rule + "：" + description;
    }
}
