package org.gridpatrol.server.account;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.gridpatrol.model.account.ApiKey;
import org.gridpatrol.model.account.NewApiKey;
import org.gridpatrol.server.org.OrgUnitEntity;
import org.gridpatrol.server.org.OrgUnits;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.problem.Violations;
import org.gridpatrol.server.scope.Caller;

/**
 * API keys of integration clients: {@code gpk_<10 characters>.<43 characters>}, sent as
 * {@code X-Api-Key}. Only the key's SHA-256 is stored; the prefix tells keys apart in lists and
 * in the audit log. A key reads, within its scopes and the subtree of its org unit.
 */
@Stateless
public class ApiKeyService {
    private static final Pattern KEY = Pattern.compile("gpk_[a-z0-9]{10}\\.[A-Za-z0-9_-]{43}");
    private static final char[] PREFIX_CHARS = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String VIEW = "SELECT k.id, k.name, k.key_prefix, k.scopes, k.org_unit_id, k.created_at,"
            + " k.expires_at, k.revoked_at, k.last_used_at FROM api_key k";
    private static final String RESOLVE = """
            UPDATE api_key k SET last_used_at = now() FROM org_unit u
             WHERE k.key_hash = ? AND u.id = k.org_unit_id AND k.revoked_at IS NULL
               AND (k.expires_at IS NULL OR k.expires_at > now())
            RETURNING k.id, k.key_prefix, k.org_unit_id, u.path, k.scopes""";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private OrgUnits units;

    /** @return the new key, with the key itself: the only time it is shown */
    public ApiKey create(Caller caller, NewApiKey request) {
        Violations.body(request);
        Violations check = new Violations();
        String name = check.text("/name", request.name(), 100);
        Long orgUnitId = check.required("/orgUnitId", request.orgUnitId());
        Set<String> scopes = new TreeSet<>();
        if (check.notEmpty("/scopes", request.scopes()) != null) {
            for (int i = 0; i < request.scopes().size(); i++) {
                String scope = request.scopes().get(i);
                if (!Permissions.INTEGRATION_SCOPES.contains(scope)) {
                    check.add("/scopes/" + i, "api-key.scope-unknown", "/scopes/" + i + " is not one of "
                            + new TreeSet<>(Permissions.INTEGRATION_SCOPES));
                }
                scopes.add(scope);
            }
        }
        if (request.expiresAt() != null && !request.expiresAt().isAfter(Instant.now())) {
            check.add("/expiresAt", "api-key.expired", "/expiresAt must lie in the future");
        }
        check.throwIfAny("api-key.invalid", "the API key cannot be created");
        units.referenced(caller, orgUnitId, "/orgUnitId", "api-key", null);

        String prefix = "gpk_" + random(10);
        String key = prefix + "." + PasswordHash.newToken();
        try (Connection db = dataSource.getConnection();
             PreparedStatement insert = db.prepareStatement("INSERT INTO api_key (name, key_prefix, key_hash, scopes,"
                     + " org_unit_id, created_by, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            insert.setString(1, name);
            insert.setString(2, prefix);
            insert.setString(3, PasswordHash.tokenHash(key));
            insert.setArray(4, db.createArrayOf("text", scopes.toArray()));
            insert.setLong(5, orgUnitId);
            insert.setObject(6, caller.userId());
            insert.setTimestamp(7, request.expiresAt() == null ? null : Timestamp.from(request.expiresAt()));
            long id;
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
            ApiKey stored = read(db, id);
            return new ApiKey(stored.id(), stored.name(), stored.prefix(), stored.scopes(), stored.orgUnitId(),
                    stored.createdAt(), stored.expiresAt(), stored.revokedAt(), stored.lastUsedAt(), key);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store an API key", e);
        }
    }

    /** @return the keys of the caller's scope, newest first, without the keys themselves */
    public List<ApiKey> list(Caller caller) {
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement(VIEW + " JOIN org_unit u ON u.id = k.org_unit_id"
                     + " WHERE u.path LIKE ? || '%' ORDER BY k.id DESC")) {
            query.setString(1, caller.pathPrefix());
            List<ApiKey> keys = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    keys.add(key(row));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException("could not list API keys", e);
        }
    }

    /** Ends a key now. */
    public ApiKey revoke(Caller caller, long id) {
        try (Connection db = dataSource.getConnection()) {
            ApiKey key = read(db, id);
            OrgUnitEntity unit = key == null ? null : units.visible(caller, key.orgUnitId()).orElse(null);
            if (unit == null) {
                throw ProblemException.notFound("api-key.not-found", "there is no API key " + id);
            }
            try (PreparedStatement revoke = db.prepareStatement(
                    "UPDATE api_key SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL")) {
                revoke.setLong(1, id);
                revoke.executeUpdate();
            }
            return read(db, id);
        } catch (SQLException e) {
            throw new IllegalStateException("could not revoke an API key", e);
        }
    }

    /**
     * @param key the {@code X-Api-Key} of a request
     * @return the client it stands for, or null when it is malformed, unknown, expired or revoked
     */
    public Identity resolve(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            return null;
        }
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(RESOLVE)) {
            query.setString(1, PasswordHash.tokenHash(key));
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                Set<String> scopes = new TreeSet<>(Arrays.asList((String[]) row.getArray(5).getArray()));
                return new Identity(Identity.Kind.API_KEY, row.getLong(1), null, row.getString(2), row.getLong(3),
                        row.getString(4), EnumSet.of(Role.INTEGRATION), scopes, null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("API key check failed in the database", e);
        }
    }

    private static ApiKey read(Connection db, long id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(VIEW + " WHERE k.id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? key(row) : null;
            }
        }
    }

    private static ApiKey key(ResultSet row) throws SQLException {
        Array scopes = row.getArray(4);
        return new ApiKey(row.getLong(1), row.getString(2), row.getString(3), List.of((String[]) scopes.getArray()),
                row.getLong(5), AccountRows.instant(row.getTimestamp(6)), AccountRows.instant(row.getTimestamp(7)),
                AccountRows.instant(row.getTimestamp(8)), AccountRows.instant(row.getTimestamp(9)), null);
    }

    private static String random(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = PREFIX_CHARS[RANDOM.nextInt(PREFIX_CHARS.length)];
        }
        return new String(chars);
    }
}
