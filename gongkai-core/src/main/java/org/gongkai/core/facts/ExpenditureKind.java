package org.gongkai.core.facts;

/**
 * 基本支出 (split into 人员经费 and 公用经费 where known) or 项目支出. {@link #BASIC} is basic
 * expenditure whose split by function code the source does not give (the split by economic code
 * is in {@link EconomicLine}).
 */
public enum ExpenditureKind {
    /** 基本支出 — 人员经费 */
    BASIC_PERSONNEL,
    /** 基本支出 — 公用经费 */
    BASIC_OPERATING,
    /** 基本支出, split unknown */
    BASIC,
    /** 项目支出 */
    PROJECT;

    public boolean isBasic() {
        return this != PROJECT;
    }
}
