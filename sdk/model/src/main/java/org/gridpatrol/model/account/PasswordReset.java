package org.gridpatrol.model.account;

/**
 * Body of {@code POST /api/v1/accounts/{id}/reset-password}: a new initial password the user
 * must change at his next login.
 *
 * @param password the new initial password; the password policy applies
 */
public record PasswordReset(String password) {

    /** Never print the password. */
    @Override
    public String toString() {
        return "PasswordReset[]";
    }
}
