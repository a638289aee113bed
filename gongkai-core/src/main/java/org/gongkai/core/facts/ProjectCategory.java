package org.gongkai.core.facts;

/** 一体化 project category. */
public enum ProjectCategory {
    /** 人员类 */
    PERSONNEL_PROJECT("人员类"),
    /** 其他运转类 */
    OTHER_OPERATING("其他运转类"),
    /** 特定目标类 */
    SPECIFIC_TARGET("特定目标类");

    private final String label;

    ProjectCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
