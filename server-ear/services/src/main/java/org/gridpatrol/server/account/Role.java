package org.gridpatrol.server.account;

import java.util.EnumSet;
import java.util.Set;

/**
 * The fixed security roles (table {@code role}). The first three are held by different people
 * (三员分立): the database refuses a user holding two of them.
 */
public enum Role {
    /** Configures the system: the org tree and the holiday calendar; no business data. */
    SYSTEM_ADMIN,
    /** Accounts, roles, data scopes, API keys. */
    SECURITY_ADMIN,
    /** Reads the audit log; changes nothing. */
    AUDITOR,
    /** Business data of an org subtree: officers, grids, shifts, assignments, alarms. */
    SUPERVISOR,
    /** The mobile API, for his own data. */
    OFFICER,
    /** An API key of a third-party system: read scopes only. */
    INTEGRATION;

    /** The roles no one may hold two of. */
    public static final Set<Role> SEPARATED = EnumSet.of(SYSTEM_ADMIN, SECURITY_ADMIN, AUDITOR);

    /** @return true when an account of this role needs an org unit as its data scope */
    public boolean needsOrgUnit() {
        return this == SUPERVISOR || this == OFFICER;
    }

    /** @return the role of that code, or null when there is none */
    public static Role of(String code) {
        for (Role role : values()) {
            if (role.name().equals(code)) {
                return role;
            }
        }
        return null;
    }
}
