package org.gongkai.app.store;

/**
 * An account to create. An editor needs a department, a reviewer a region; an admin neither.
 *
 * @param password the plain password (hashed with bcrypt before it is stored)
 */
public record NewUser(String username, String password, Role role, String department, String region) {
}
