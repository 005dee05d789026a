package org.gridpatrol.model.account;

import java.time.Instant;
import java.util.List;

/**
 * An integration client's API key. The key itself is only in the answer that created it;
 * the server keeps a hash.
 *
 * @param id         row id
 * @param name       what the client is
 * @param prefix     the key's first characters, shown to tell keys apart
 * @param scopes     permission strings the key may use (read scopes only)
 * @param orgUnitId  root of the key's data scope
 * @param createdAt  when it was made
 * @param expiresAt  when it stops working, or null
 * @param revokedAt  when it was revoked, or null
 * @param lastUsedAt last request made with it, or null
 * @param key        the key, only when just created: send it as {@code X-Api-Key}
 */
public record ApiKey(long id, String name, String prefix, List<String> scopes, long orgUnitId, Instant createdAt,
                     Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String key) {

    /** Never print the key. */
    @Override
    public String toString() {
        return "ApiKey[id=" + id + ", prefix=" + prefix + ", scopes=" + scopes + "]";
    }
}
