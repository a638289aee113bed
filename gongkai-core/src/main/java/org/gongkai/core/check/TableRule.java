package org.gongkai.core.check;

import java.util.Objects;

/** A rule given by what it is ({@link RuleInfo}) and a body; the table rule families are built of these. */
final class TableRule implements Rule {

    /** What the rule does with a document. */
    @FunctionalInterface
    interface Body {
        void check(CheckContext context, Findings out);
    }

    private final RuleInfo info;
    private final Body body;

    private TableRule(RuleInfo info, Body body) {
        this.info = Objects.requireNonNull(info, "info");
        this.body = Objects.requireNonNull(body, "body");
    }

    static Rule of(String id, Category category, Severity severity, String description, Body body) {
        return new TableRule(new RuleInfo(id, category, severity, description), body);
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public void check(CheckContext context, Findings out) {
        body.check(context, out);
    }

    @Override
    public String toString() {
        return info.id();
    }
}
