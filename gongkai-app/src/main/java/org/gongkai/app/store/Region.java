package org.gongkai.app.store;

/**
 * A 行政区划: province › city › district.
 *
 * @param code   the 行政区划代码, e.g. "140100"
 * @param parent the parent's code; null for a top-level region
 */
public record Region(String code, String name, String parent) {
}
