package org.gongkai.app.store;

import java.util.Arrays;
import java.util.Locale;

/**
 * Where a version stands in the workflow: draft → submitted → approved → published, reject (back to
 * draft), withdraw (published → withdrawn). A published version that a later publication replaced
 * stays {@link #PUBLISHED} and is marked superseded ({@link VersionInfo#superseded()}).
 */
public enum VersionStatus {
    /** 草稿 */
    DRAFT("草稿"),
    /** 已提交 */
    SUBMITTED("已提交"),
    /** 已审核 */
    APPROVED("已审核"),
    /** 已公开 */
    PUBLISHED("已公开"),
    /** 已撤回 */
    WITHDRAWN("已撤回");

    private final String label;

    VersionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stored and API name: draft, submitted, approved, published, withdrawn. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static VersionStatus of(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst().orElseThrow(() -> new StoreException.Invalid("未知状态：" + code));
    }
}
