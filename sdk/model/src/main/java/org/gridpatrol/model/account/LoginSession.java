package org.gridpatrol.model.account;

import java.time.Instant;

/**
 * What a desktop login gives: a bearer token and who it stands for.
 *
 * @param token              send as {@code Authorization: Bearer <token>}
 * @param expiresAt          the latest moment the token works, however busy it is
 * @param idleTimeoutSeconds the token stops working after this long without a request
 * @param user               the account logged in
 */
public record LoginSession(String token, Instant expiresAt, long idleTimeoutSeconds, CurrentUser user) {

    /** Never print the token. */
    @Override
    public String toString() {
        return "LoginSession[expiresAt=" + expiresAt + ", user=" + user + "]";
    }
}
