package org.gongkai.core.check.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the findings of the rule that is running. */
public final class Findings {

    private final List<Finding> all = new ArrayList<>();
    private RuleInfo current;

    public void start(RuleInfo rule) {
        this.current = rule;
    }

    /** Reports at the rule's own severity. */
    public void report(String message, Location location, Map<String, String> evidence) {
        report(current.severity(), message, location, evidence);
    }

    public void report(Severity severity, String message, Location location, Map<String, String> evidence) {
        all.add(new Finding(current.id(), severity, message, location, evidence));
    }

    /** Evidence map in the order given: key, value, key, value… */
    public static Map<String, String> evidence(String... keyValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    public List<Finding> all() {
        return all;
    }
}
