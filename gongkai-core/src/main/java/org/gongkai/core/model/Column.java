package org.gongkai.core.model;

/**
 * A column of a printed table.
 *
 * @param key   stable code name (glossary), e.g. "generalBudget"
 * @param label the header as printed, e.g. "一般公共预算"
 * @param type  what the cells hold
 */
public record Column(String key, String label, ColumnType type) {
}
