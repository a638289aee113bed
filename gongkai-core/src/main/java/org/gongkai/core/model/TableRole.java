package org.gongkai.core.model;

/**
 * What a table is for (its role), whatever a region numbers or titles it: code finds a table by
 * its role in the profile, never by its number. How a table of each role is built from the budget
 * facts (derive) and read back (infer) lives once in the derive package; the profile says which
 * roles it prints, in which order, with which titles, names, columns and unit.
 */
public enum TableRole {
    /** 预算收支总表: income by source beside expenditure by all 类 */
    BUDGET_SUMMARY("收支总表"),
    /** 预算收入总表: revenue by function code and source, plus 上年结转 */
    REVENUE_BY_FUNCTION("收入总表"),
    /** 预算支出总表: expenditure by function code, basic and project, including carryover */
    EXPENDITURE_BY_FUNCTION("支出总表"),
    /** 财政拨款收支总表: the three fiscal budgets beside expenditure by all 类 */
    FISCAL_SUMMARY("财政拨款收支总表"),
    /** 一般公共预算支出预算表 (current year only), by function code */
    GENERAL_BUDGET_BY_FUNCTION("一般公共预算支出表"),
    /** 一般公共预算基本支出分经济科目表 */
    BASIC_BY_ECONOMIC("一般公共预算基本支出表"),
    /** 政府性基金预算收入表 */
    GOVERNMENT_FUND_REVENUE("政府性基金预算收入表"),
    /** 政府性基金预算支出表 */
    GOVERNMENT_FUND_EXPENDITURE("政府性基金预算支出表"),
    /** 国有资本经营预算收支预算表 */
    STATE_CAPITAL("国有资本经营预算表"),
    /** "三公"经费支出预算表 */
    THREE_PUBLIC("“三公”经费支出表"),
    /** 机关运行经费预算表 */
    AGENCY_OPERATING("机关运行经费表"),
    /** 项目支出预算表（本年预算） */
    PROJECTS_CURRENT_YEAR("项目支出表（本年）"),
    /** 项目支出预算表（上年结转） */
    PROJECTS_CARRYOVER("项目支出表（上年结转）");

    private final String label;

    TableRole(String label) {
        this.label = label;
    }

    /**
     * What the table is, in Chinese, whatever a profile numbers it ("一般公共预算支出表"): the name
     * of a table a profile does not print.
     */
    public String label() {
        return label;
    }
}
