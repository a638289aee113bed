package org.gongkai.core.model;

/**
 * One line of the 目录 (table of contents).
 *
 * @param level 1 for a 部分, 2 for an entry under it, 3 for a sub-entry such as "（一）"
 * @param title the entry as printed, without the leader dots
 * @param page  the printed page number, null if none
 */
public record TocEntry(int level, String title, Integer page, int line) {
}
