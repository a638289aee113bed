package org.gongkai.core.check.engine;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.core.model.TableRole;

/**
 * What a rule is: a stable id that names the relation it checks (e.g. "cross.general-budget-revenue"),
 * its family, its usual severity and what it checks, in Chinese. A rule may report a lower severity
 * for a given case (rounding → info).
 *
 * @param description what it checks; a table is written as its role in braces ("{REVENUE_BY_FUNCTION}"),
 *                    so that each profile names it as it prints it ({@link #description(Function)})
 * @param aliases earlier ids of the same rule (e.g. "cross.t5-t2", named after one profile's table
 *                numbers), still accepted wherever a rule id is given; never reported
 */
public record RuleInfo(String id, Category category, Severity severity, String description, List<String> aliases) {

    private static final Pattern ROLE = Pattern.compile("\\{([A-Z_]+)}");

    public RuleInfo {
        Matcher m = ROLE.matcher(description);
        while (m.find()) {
            TableRole.valueOf(m.group(1)); // an unknown role fails where the rule is declared
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public RuleInfo(String id, Category category, Severity severity, String description) {
        this(id, category, severity, description, List.of());
    }

    /**
     * What the rule checks, each table named by {@code tableNames} (a profile's "表二"); a role the
     * function does not name (null) by its {@link TableRole#label() label}.
     */
    public String description(Function<TableRole, String> tableNames) {
        Matcher m = ROLE.matcher(description);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            TableRole role = TableRole.valueOf(m.group(1));
            String name = tableNames.apply(role);
            m.appendReplacement(sb, Matcher.quoteReplacement(name == null ? role.label() : name));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** What the rule checks, tables named by their role's label ("收入总表"), as no profile numbers them. */
    public String genericDescription() {
        return description(role -> null);
    }

    /** True when {@code name} is this rule's id or one of its aliases. */
    public boolean answersTo(String name) {
        return id.equals(name) || aliases.contains(name);
    }
}
