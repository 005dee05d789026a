package org.gridpatrol.server.account;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.gridpatrol.server.mobile.DeviceIdentity;

/**
 * Bearer tokens: desktop sessions (30 minutes idle, 12 hours at most) and the mobile access
 * tokens of {@link org.gridpatrol.server.mobile.DeviceSignIn} (2 hours). A desktop token is looked
 * up by its hash on every request, with the account's state and roles as they are now. A phone's
 * token, checked on every upload every few seconds, is looked up again after 30 s; revoking it
 * here (logout, sign-out, deactivation, password reset) forgets it at once, a change made another
 * way (an officer deactivated) counts within 30 s.
 */
@Stateless
public class Tokens {
    /** A desktop session ends after this long without a request ({@code gridpatrol.session.idle-minutes}). */
    public static final Duration IDLE = Duration.ofMinutes(Long.getLong("gridpatrol.session.idle-minutes", 30));
    /** A desktop session ends this long after login however busy ({@code gridpatrol.session.max-hours}). */
    public static final Duration MAX = Duration.ofHours(Long.getLong("gridpatrol.session.max-hours", 12));

    private static final String SESSION = """
            SELECT t.id, u.id, u.username, u.org_unit_id, ou.path, %s, t.last_used_at < now() - interval '1 minute'
              FROM auth_token t JOIN app_user u ON u.id = t.user_id LEFT JOIN org_unit ou ON ou.id = u.org_unit_id
             WHERE t.token_hash = ? AND t.kind = 'SESSION' AND t.revoked_at IS NULL AND t.expires_at > now()
               AND coalesce(t.last_used_at, t.issued_at) > now() - make_interval(secs => ?) AND u.active"""
            .formatted(AccountRows.ROLES);
    private static final String DEVICE = """
            SELECT t.id, u.id, u.username, o.squad_id, s.path, %s, o.id, t.device_id,
                   coalesce(t.last_used_at < now() - interval '1 minute', true)
              FROM auth_token t JOIN app_user u ON u.id = t.user_id JOIN officer o ON o.user_id = u.id
              JOIN org_unit s ON s.id = o.squad_id
             WHERE t.token_hash = ? AND t.kind = 'ACCESS' AND t.device_id IS NOT NULL AND t.revoked_at IS NULL
               AND t.expires_at > now() AND u.active AND o.active""".formatted(AccountRows.ROLES);
    /** A token's last use is written at most once a minute: requests read, they do not each write a row. */
    private static final String TOUCH = "UPDATE auth_token SET last_used_at = now() WHERE id = ?";

    /** How long a phone's token stays checked ({@code gridpatrol.session.device-recheck-seconds}). */
    static final Duration DEVICE_RECHECK = Duration.ofSeconds(Long.getLong("gridpatrol.session.device-recheck-seconds", 30));
    private static final Map<String, Checked> DEVICES = new ConcurrentHashMap<>();

    private record Checked(Identity identity, Instant until) {
    }

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /**
     * A phone's token checked less than 30 s ago, without a bean call or a transaction: the realm
     * asks this first on every upload.
     *
     * @param token a bearer token from a request
     * @return who it stands for, or null when it is not a phone's token checked just now (then ask {@link #resolve})
     */
    public static Identity rememberedDevice(String token) {
        return token == null || token.isBlank() || token.length() > 200 ? null : remembered(PasswordHash.tokenHash(token));
    }

    private static Identity remembered(String hash) {
        Checked checked = DEVICES.get(hash);
        return checked != null && Instant.now().isBefore(checked.until()) ? checked.identity() : null;
    }

    /**
     * @param token a bearer token from a request
     * @return who it stands for, or null when it is unknown, expired, idle too long, revoked, or its
     *         account is deactivated
     */
    public Identity resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return null;
        }
        String hash = PasswordHash.tokenHash(token);
        Identity known = remembered(hash);
        if (known != null) {
            return known;
        }
        try (Connection db = dataSource.getConnection()) {
            Identity identity = null;
            boolean stale = false;
            try (PreparedStatement query = db.prepareStatement(SESSION)) {
                query.setString(1, hash);
                query.setLong(2, IDLE.toSeconds());
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        identity = new Identity(Identity.Kind.SESSION, row.getLong(1), row.getLong(2), row.getString(3),
                                row.getObject(4, Long.class), row.getString(5), AccountRows.roles(row.getArray(6)),
                                Set.of(), null);
                        stale = row.getBoolean(7) || row.wasNull();
                    }
                }
            }
            if (identity == null) {
                try (PreparedStatement query = db.prepareStatement(DEVICE)) {
                    query.setString(1, hash);
                    try (ResultSet row = query.executeQuery()) {
                        if (row.next()) {
                            identity = new Identity(Identity.Kind.DEVICE, row.getLong(1), row.getLong(2), row.getString(3),
                                    row.getLong(4), row.getString(5), AccountRows.roles(row.getArray(6)), Set.of(),
                                    new DeviceIdentity(row.getLong(2), row.getLong(7), row.getLong(8)));
                            stale = row.getBoolean(9);
                        }
                    }
                }
            }
            if (identity != null && stale) {
                try (PreparedStatement touch = db.prepareStatement(TOUCH)) {
                    touch.setLong(1, identity.credentialId());
                    touch.executeUpdate();
                }
            }
            if (identity != null && identity.kind() == Identity.Kind.DEVICE) {
                if (DEVICES.size() > 100_000) {
                    DEVICES.clear();
                }
                DEVICES.put(hash, new Checked(identity, Instant.now().plus(DEVICE_RECHECK)));
            }
            return identity;
        } catch (SQLException e) {
            throw new IllegalStateException("token check failed in the database", e);
        }
    }

    /** Ends one token now (a logout). */
    public void revoke(long tokenId) {
        DEVICES.values().removeIf(checked -> checked.identity().credentialId() == tokenId);
        update("UPDATE auth_token SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL", tokenId);
    }

    /** Ends every token of an account now: desktop sessions and phones alike. */
    public int revokeAll(long userId) {
        forgetDevices(userId, null);
        return update("UPDATE auth_token SET revoked_at = now() WHERE user_id = ? AND revoked_at IS NULL", userId);
    }

    /**
     * Forgets the checked tokens of an account's phones, before their revocation is written.
     *
     * @param deviceId one phone, or null for all of them
     */
    public static void forgetDevices(long userId, Long deviceId) {
        DEVICES.values().removeIf(checked -> checked.identity().userId() == userId
                && (deviceId == null || checked.identity().device().deviceId() == deviceId));
    }

    private int update(String sql, long id) {
        try (Connection db = dataSource.getConnection(); PreparedStatement update = db.prepareStatement(sql)) {
            update.setLong(1, id);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not revoke tokens", e);
        }
    }

    static IssuedToken issueSession(Connection db, long userId) throws SQLException {
        String token = PasswordHash.newToken();
        Instant expires = Instant.now().plus(MAX);
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO auth_token (token_hash, user_id, kind, expires_at) VALUES (?, ?, 'SESSION', ?)")) {
            insert.setString(1, PasswordHash.tokenHash(token));
            insert.setLong(2, userId);
            insert.setTimestamp(3, Timestamp.from(expires));
            insert.executeUpdate();
        }
        return new IssuedToken(token, expires);
    }
}
