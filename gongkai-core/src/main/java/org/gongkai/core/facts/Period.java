package org.gongkai.core.facts;

/** Whether money is this year's 当年预算安排 or 上年结转 re-used this year. */
public enum Period {
    /** 本年 / 当年预算安排 */
    CURRENT_YEAR,
    /** 上年结转 */
    CARRYOVER
}
