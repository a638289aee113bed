package org.gongkai.core.ingest;

/**
 * A 三级 indicator as read from one half of one row, before its labels are resolved.
 *
 * @param name            三级指标 as printed
 * @param value           指标值 as printed, null when none
 * @param valueByPosition the value is not in a usual value form and was read from its position
 *                        (the cell after the name, in a half closed by a label or the row end)
 */
record IndicatorEntry(String name, String value, boolean valueByPosition) {
}
