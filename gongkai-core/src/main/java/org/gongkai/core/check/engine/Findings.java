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
        for (String key : evidence.keySet()) {
            if (Evidence.byKey(key).isEmpty()) {
                throw new IllegalArgumentException("rule " + current.id() + " reports evidence “" + key
                        + "”, which is not an Evidence key");
            }
        }
        all.add(new Finding(current.id(), severity, message, location, evidence));
    }

    /**
     * Evidence in the order given, as a mutable map from each {@link Evidence#key()} to its value;
     * a rule may add to it with {@code put(Evidence.X.key(), value)}.
     */
    public static Map<String, String> evidence() {
        return new LinkedHashMap<>();
    }

    public static Map<String, String> evidence(Evidence k1, String v1) {
        Map<String, String> m = evidence();
        m.put(k1.key(), v1);
        return m;
    }

    public static Map<String, String> evidence(Evidence k1, String v1, Evidence k2, String v2) {
        Map<String, String> m = evidence(k1, v1);
        m.put(k2.key(), v2);
        return m;
    }

    public static Map<String, String> evidence(Evidence k1, String v1, Evidence k2, String v2, Evidence k3, String v3) {
        Map<String, String> m = evidence(k1, v1, k2, v2);
        m.put(k3.key(), v3);
        return m;
    }

    public static Map<String, String> evidence(Evidence k1, String v1, Evidence k2, String v2, Evidence k3, String v3, Evidence k4, String v4) {
        Map<String, String> m = evidence(k1, v1, k2, v2, k3, v3);
        m.put(k4.key(), v4);
        return m;
    }

    public static Map<String, String> evidence(Evidence k1, String v1, Evidence k2, String v2, Evidence k3, String v3, Evidence k4, String v4, Evidence k5, String v5) {
        Map<String, String> m = evidence(k1, v1, k2, v2, k3, v3, k4, v4);
        m.put(k5.key(), v5);
        return m;
    }

    public static Map<String, String> evidence(Evidence k1, String v1, Evidence k2, String v2, Evidence k3, String v3, Evidence k4, String v4, Evidence k5, String v5, Evidence k6, String v6) {
        Map<String, String> m = evidence(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5);
        m.put(k6.key(), v6);
        return m;
    }

    public List<Finding> all() {
        return all;
    }
}
