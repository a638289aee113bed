package org.gongkai.core.check.engine;

/**
 * What a rule is: a stable id (e.g. "arith.total"), its family, its usual severity and what it
 * checks, in Chinese. A rule may report a lower severity for a given case (rounding → info).
 */
public record RuleInfo(String id, Category category, Severity severity, String description) {
}
