package org.gongkai.core.pipeline;

/** The machine-readable forms {@link Pipeline#export} writes. */
public enum ExportFormat {
    /** {@code disclosure.json} for a printed disclosure, {@code facts.json} for a facts file */
    JSON,
    /** {@code facts.json}: the facts, inferred when the input was a printed disclosure */
    FACTS_JSON,
    /** {@code T01.csv} … {@code T13.csv}, {@code projects.csv}, the performance-target files */
    CSV
}
