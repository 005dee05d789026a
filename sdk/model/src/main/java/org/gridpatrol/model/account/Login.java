package org.gridpatrol.model.account;

/**
 * Body of {@code POST /api/v1/auth/login}.
 *
 * @param username the account's login name (case does not matter)
 * @param password its password
 */
public record Login(String username, String password) {

    /** Never print the password. */
    @Override
    public String toString() {
        return "Login[username=" + username + "]";
    }
}
