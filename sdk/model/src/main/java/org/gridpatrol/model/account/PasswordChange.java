package org.gridpatrol.model.account;

/**
 * Body of {@code POST /api/v1/auth/password}: the account proves itself with its current password,
 * so a user whose first login is refused until he changes it can do so.
 *
 * @param username    the account's login name
 * @param password    its current password
 * @param newPassword the password it will have
 */
public record PasswordChange(String username, String password, String newPassword) {

    /** Never print the passwords. */
    @Override
    public String toString() {
        return "PasswordChange[username=" + username + "]";
    }
}
