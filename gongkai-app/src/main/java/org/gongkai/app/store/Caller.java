package org.gongkai.app.store;

/**
 * Who is asking, as the services decide access: the web layer maps its authenticated principal to
 * one of these (or {@link #anonymous()} for the public) and passes it into every call.
 *
 * @param username   the account name; null for the public
 * @param role       null for the public (公众: published versions only)
 * @param department the code of an editor's department, else null
 * @param region     the code of a reviewer's region (行政区划), else null
 */
public record Caller(String username, Role role, String department, String region) {

    private static final Caller ANONYMOUS = new Caller(null, null, null, null);

    /** The public: no account, sees published versions only. */
    public static Caller anonymous() {
        return ANONYMOUS;
    }

    public static Caller admin(String username) {
        return new Caller(username, Role.ADMIN, null, null);
    }

    public static Caller reviewer(String username, String region) {
        return new Caller(username, Role.REVIEWER, null, region);
    }

    public static Caller editor(String username, String department) {
        return new Caller(username, Role.EDITOR, department, null);
    }

    public boolean isAnonymous() {
        return role == null;
    }

    public boolean is(Role r) {
        return role == r;
    }

    /** The name written into the audit log. */
    public String auditName() {
        return username == null ? "anonymous" : username;
    }
}
