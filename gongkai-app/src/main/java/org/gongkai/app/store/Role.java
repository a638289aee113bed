package org.gongkai.app.store;

import java.util.Arrays;
import java.util.Locale;

/**
 * A user's role. {@link #ADMIN} keeps the directory (users, regions, departments);
 * {@link #REVIEWER} reviews all departments of one region (approve, reject, publish, withdraw);
 * {@link #EDITOR} prepares one department's disclosures (upload, submit).
 */
public enum Role {
    ADMIN, REVIEWER, EDITOR;

    /** The stored and API name: admin, reviewer, editor. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named by its code (case-insensitive); an unknown name is a {@link StoreException.Invalid}. */
    public static Role of(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equalsIgnoreCase(code == null ? "" : code.trim()))
                .findFirst().orElseThrow(() -> new StoreException.Invalid("未知角色：" + code + "（应为 admin、reviewer 或 editor）"));
    }
}
