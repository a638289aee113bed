package org.gongkai.app.store;

/**
 * An account, without its password hash.
 *
 * @param department an editor's department code, else null
 * @param region     a reviewer's region code, else null
 */
public record User(long id, String username, Role role, String department, String region, boolean enabled) {

    /** The caller this user acts as. */
    public Caller caller() {
        return new Caller(username, role, department, region);
    }
}
