package org.gongkai.core.model;

/** What a column of a printed table holds. */
public enum ColumnType {
    /** 科目编码 */
    CODE,
    /** a name or label (科目名称, 项目名称, 收入项目…) */
    TEXT,
    /** an amount in the table's unit */
    AMOUNT
}
