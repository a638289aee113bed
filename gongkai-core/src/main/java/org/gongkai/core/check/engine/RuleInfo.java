package org.gongkai.core.check.engine;

import java.util.List;

/**
 * What a rule is: a stable id that names the relation it checks (e.g. "cross.general-budget-revenue"),
 * its family, its usual severity and what it checks, in Chinese. A rule may report a lower severity
 * for a given case (rounding → info).
 *
 * @param aliases earlier ids of the same rule (e.g. "cross.t5-t2", named after one profile's table
 *                numbers), still accepted wherever a rule id is given; never reported
 */
public record RuleInfo(String id, Category category, Severity severity, String description, List<String> aliases) {

    public RuleInfo {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public RuleInfo(String id, Category category, Severity severity, String description) {
        this(id, category, severity, description, List.of());
    }

    /** True when {@code name} is this rule's id or one of its aliases. */
    public boolean answersTo(String name) {
        return id.equals(name) || aliases.contains(name);
    }
}
