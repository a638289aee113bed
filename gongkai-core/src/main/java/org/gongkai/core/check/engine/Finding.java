package org.gongkai.core.check.engine;

import java.util.Map;

/**
 * One thing a rule found: which rule, how bad, a Chinese message that states what was expected and
 * what was found (with both numbers), where, and the evidence (the figures compared).
 */
public record Finding(String rule, Severity severity, String message, Location location, Map<String, String> evidence) {

    public Finding {
        evidence = evidence == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(evidence));
    }
}
