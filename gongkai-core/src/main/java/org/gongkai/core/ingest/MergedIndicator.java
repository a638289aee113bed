package org.gongkai.core.ingest;

/** Placeholder until the form reader lands. */
public record MergedIndicator(String level1, String level2, String name, String periodValue, String annualValue, int line) {
}
