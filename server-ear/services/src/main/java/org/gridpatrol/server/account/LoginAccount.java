package org.gridpatrol.server.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * An account as a login needs it: its password hash and every reason it may be refused.
 *
 * @param id                 app_user id
 * @param username           login name as stored
 * @param passwordHash       stored hash ({@link PasswordHash})
 * @param active             false once deactivated
 * @param lockedUntil        refused until then, or null
 * @param mustChangePassword set by an administrator's initial or reset password
 * @param passwordChangedAt  when the password was set
 * @param orgUnitId          root of the data scope, or null
 * @param scopePath          path of that org unit, or null
 * @param roles              roles held
 */
public record LoginAccount(long id, String username, String passwordHash, boolean active, Instant lockedUntil,
                           boolean mustChangePassword, Instant passwordChangedAt, Long orgUnitId, String scopePath,
                           Set<Role> roles) {

    /** @return true while a lock is in force */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * @param now    the time of the login
     * @param maxAge how long a password may be used; zero for ever
     * @return true when the user must set a new password before he may work
     */
    public boolean passwordChangeRequired(Instant now, Duration maxAge) {
        return mustChangePassword || !maxAge.isZero() && passwordChangedAt.plus(maxAge).isBefore(now);
    }

    /** Never print the hash. */
    @Override
    public String toString() {
        return "LoginAccount[id=" + id + ", username=" + username + ", roles=" + roles + "]";
    }
}
