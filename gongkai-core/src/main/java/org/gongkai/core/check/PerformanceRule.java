package org.gongkai.core.check;

import java.util.Objects;
import java.util.function.BiConsumer;

/** A rule of the family 绩效目标表: what it is ({@link RuleInfo}) and what it does. */
final class PerformanceRule implements Rule {

    private final RuleInfo info;
    private final BiConsumer<CheckContext, Findings> body;

    private PerformanceRule(RuleInfo info, BiConsumer<CheckContext, Findings> body) {
        this.info = Objects.requireNonNull(info, "info");
        this.body = Objects.requireNonNull(body, "body");
    }

    static Rule of(String id, Severity severity, String description, BiConsumer<CheckContext, Findings> body) {
        return new PerformanceRule(new RuleInfo(id, Category.PERFORMANCE, severity, description), body);
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(CheckContext context, Findings out) {
        body.accept(context, out);
    }

    @Override
    public String toString() {
        return info.id();
    }
}
