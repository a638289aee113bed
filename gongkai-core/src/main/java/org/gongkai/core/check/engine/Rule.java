package org.gongkai.core.check.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/** A consistency rule over a printed disclosure. Implementations are stateless. */
public interface Rule {

    RuleInfo info();

    /** Reports what is wrong through {@code out}; must not throw on odd documents (report instead). */
    void check(CheckContext context, Findings out);

    /** The same rule, also known by its earlier ids (see {@link RuleInfo#aliases()}). */
    default Rule alias(String... earlierIds) {
        RuleInfo i = info();
        List<String> all = new ArrayList<>(i.aliases());
        all.addAll(List.of(earlierIds));
        return new Simple(new RuleInfo(i.id(), i.category(), i.severity(), i.description(), all), this::check);
    }

    /** A rule given by what it is and a body (the rule families are built of these). */
    static Rule of(String id, Category category, Severity severity, String description,
            BiConsumer<CheckContext, Findings> body) {
        return new Simple(new RuleInfo(id, category, severity, description), Objects.requireNonNull(body, "body"));
    }

    /** The plain implementation behind {@link #of}. */
    record Simple(RuleInfo info, BiConsumer<CheckContext, Findings> body) implements Rule {

        @Override
        public void check(CheckContext context, Findings out) {
            body.accept(context, out);
        }

        @Override
        public String toString() {
            return info.id();
        }
    }
}
