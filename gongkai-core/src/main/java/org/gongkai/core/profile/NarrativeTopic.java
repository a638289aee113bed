package org.gongkai.core.profile;

/**
 * What a section of 第三部分 情况说明 is about. A profile lists the topics it prints, in its order,
 * with its own headings; the narrative writer knows how to write each topic from the facts.
 */
public enum NarrativeTopic {
    /** 部门预算收支数据变动情况及原因: totals and year-on-year change */
    CHANGES,
    /** 收入预算情况说明: income by source with shares */
    REVENUE,
    /** 支出预算情况说明: basic and project expenditure with shares */
    EXPENDITURE,
    /** 财政拨款收支预算总体情况说明 */
    FISCAL_APPROPRIATION,
    /** 一般公共预算支出情况说明: scale and change, then structure by 类 */
    GENERAL_BUDGET,
    /** 一般公共预算基本支出情况说明: 人员经费 and 公用经费 */
    BASIC,
    /** "三公"经费增减变动原因说明 */
    THREE_PUBLIC,
    /** 机关运行经费增减变动原因说明 */
    AGENCY_OPERATING,
    /** 政府采购情况 */
    PROCUREMENT,
    /** 绩效管理情况: overall targets, then project targets */
    PERFORMANCE,
    /** 国有资产占有使用情况: vehicles, office space, equipment */
    ASSETS,
    /** 其他说明: 政府购买服务指导性目录, then other notes */
    OTHER,
    /**
     * 预算编制说明 of a layout that explains every 项 (上海): 财政拨款 year on year, the reason, one item
     * per 项. Printed under the narrative's title, without a number of its own.
     */
    EXPLANATION,
    /** 项目经费情况说明: one section per project, as the department wrote it; no number of its own */
    PROJECT_STATEMENTS
}
