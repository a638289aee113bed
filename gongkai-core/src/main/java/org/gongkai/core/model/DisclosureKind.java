package org.gongkai.core.model;

/** 部门 (a department, possibly covering several units) or 单位 (one unit). */
public enum DisclosureKind {
    /** 部门 */
    DEPARTMENT("部门"),
    /** 单位 */
    UNIT("单位");

    private final String label;

    DisclosureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
