package org.gridpatrol.model.account;

import java.util.List;

/**
 * Body of {@code POST /api/v1/accounts}. The user must change the initial password at first login.
 *
 * @param username    login name: no spaces, unique ignoring case
 * @param displayName name shown to people
 * @param password    initial password; the password policy applies
 * @param roles       role codes; SUPERVISOR and OFFICER need an org unit
 * @param orgUnitId   root of the data scope, or null; for an officer, his squad when null
 * @param officerId   for an OFFICER account, the officer whose phone logins it is (he has no account yet)
 */
public record NewAccount(String username, String displayName, String password, List<String> roles, Long orgUnitId,
                         Long officerId) {

    /** Never print the password. */
    @Override
    public String toString() {
        return "NewAccount[username=" + username + ", roles=" + roles + ", orgUnitId=" + orgUnitId + "]";
    }
}
