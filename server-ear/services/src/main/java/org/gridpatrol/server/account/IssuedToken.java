package org.gridpatrol.server.account;

import java.time.Instant;

/**
 * A bearer token just made; only its hash is stored.
 *
 * @param token     the token, to give to the client once
 * @param expiresAt when it stops working at the latest
 */
public record IssuedToken(String token, Instant expiresAt) {

    /** Never print the token. */
    @Override
    public String toString() {
        return "IssuedToken[expiresAt=" + expiresAt + "]";
    }
}
