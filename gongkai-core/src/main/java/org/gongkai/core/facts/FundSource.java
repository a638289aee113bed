package org.gongkai.core.facts;

/** 资金来源: where the money comes from. */
public enum FundSource {
    /** 一般公共预算 */
    GENERAL_BUDGET("generalBudget", "一般公共预算", true),
    /** 政府性基金预算 */
    GOVERNMENT_FUND("governmentFund", "政府性基金预算", true),
    /** 国有资本经营预算 */
    STATE_CAPITAL("stateCapital", "国有资本经营预算", true),
    /** 财政专户管理资金 */
    SPECIAL_ACCOUNT("specialAccount", "财政专户管理资金", false),
    /** 单位资金 */
    UNIT_FUNDS("unitFunds", "单位资金", false);

    private final String key;
    private final String label;
    private final boolean fiscalAppropriation;

    FundSource(String key, String label, boolean fiscalAppropriation) {
        this.key = key;
        this.label = label;
        this.fiscalAppropriation = fiscalAppropriation;
    }

    /** The glossary code name, also the column key in the tables. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** 财政拨款 = the three fiscal budgets. */
    public boolean isFiscalAppropriation() {
        return fiscalAppropriation;
    }
}
