package org.gongkai.core.check.engine;

import com.fasterxml.jackson.annotation.JsonValue;

/** How bad a finding is. */
public enum Severity {
    /** 错误: the document is wrong. */
    ERROR("error", "错误"),
    /** 警告: probably wrong, or depends on something the document does not say. */
    WARNING("warning", "警告"),
    /** 提示: e.g. a difference within the rounding envelope. */
    INFO("info", "提示");

    private final String code;
    private final String label;

    Severity(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }
}
