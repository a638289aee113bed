package org.gongkai.core.model;

/** The phase of a disclosure: 预算, 调整预算, 决算. */
public enum Phase {
    /** 预算 */
    BUDGET("预算"),
    /** 调整预算 */
    ADJUSTED("调整预算"),
    /** 决算 */
    FINAL_ACCOUNT("决算");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
