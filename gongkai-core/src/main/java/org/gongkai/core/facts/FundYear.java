package org.gongkai.core.facts;

/**
 * Which year's budget the money belongs to (资金年度): this year's 当年预算安排, or 上年结转 — money
 * of earlier years re-used this year. Not the 实施期 ("period") of a performance form.
 */
public enum FundYear {
    /** 本年 / 当年预算安排 */
    CURRENT_YEAR,
    /** 上年结转 */
    CARRYOVER
}
