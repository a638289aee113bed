package org.gongkai.app.store;

import java.util.Locale;

/** 部门 (a department, possibly over several units) or 单位 (one unit). */
public enum DepartmentKind {
    /** 部门 */
    DEPARTMENT("部门"),
    /** 单位 */
    UNIT("单位");

    private final String label;

    DepartmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stored and API name: department, unit. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** By its code or its Chinese label (部门, 单位). */
    public static DepartmentKind of(String s) {
        for (DepartmentKind k : values()) {
            if (k.code().equalsIgnoreCase(s == null ? "" : s.trim()) || k.label.equals(s == null ? "" : s.trim())) {
                return k;
            }
        }
        throw new StoreException.Invalid("未知的部门类别：" + s + "（应为 department/部门 或 unit/单位）");
    }
}
