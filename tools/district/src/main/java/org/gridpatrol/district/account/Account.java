package org.gridpatrol.district.account;

/**
 * A demo login account as stored in {@code app_user} with one role in {@code user_role}.
 *
 * @param username    login name: the badge number for officers, {@code sup-<org code>} for supervisors
 * @param displayName the name shown in the clients
 * @param role        the one role the account holds
 * @param orgUnitId   root of the account's data scope: the officer's squad, the supervisor's unit
 * @param badgeNo     the officer the account signs in as, or null for a supervisor
 */
public record Account(String username, String displayName, Role role, long orgUnitId, String badgeNo) {

    /** The roles demo accounts hold ({@code role.code}). */
    public enum Role { OFFICER, SUPERVISOR }
}
