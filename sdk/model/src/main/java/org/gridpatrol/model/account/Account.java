package org.gridpatrol.model.account;

import java.time.Instant;
import java.util.List;

/**
 * A login account as the security administrator sees it (never its password hash).
 *
 * @param id                 row id
 * @param username           login name
 * @param displayName        name shown to people
 * @param active             false once deactivated
 * @param roles              role codes
 * @param orgUnitId          root of the data scope, or null
 * @param mustChangePassword true until the user sets his own password
 * @param failedLogins       wrong passwords in a row
 * @param lockedUntil        locked until then, or null
 * @param passwordChangedAt  when the password was last set
 * @param lastLoginAt        last successful login, or null
 * @param lastLoginAddress   its client address, or null
 * @param createdAt          when the account was made
 */
public record Account(long id, String username, String displayName, boolean active, List<String> roles,
                      Long orgUnitId, boolean mustChangePassword, int failedLogins, Instant lockedUntil,
                      Instant passwordChangedAt, Instant lastLoginAt, String lastLoginAddress, Instant createdAt) {
}
