package org.gridpatrol.server.account;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.gridpatrol.server.audit.AuditLog;
import org.gridpatrol.server.audit.AuditRecord;
import org.gridpatrol.server.audit.AuditRecord.Outcome;

/**
 * The bookkeeping of logins, desktop and mobile alike: finding the account, counting wrong
 * passwords and locking the account at the limit (5 in a row lock it for 15 minutes), clearing
 * the count and opening a session on success, and an audit row for every attempt.
 */
@Stateless
public class Logins {
    /** Wrong passwords in a row that lock an account ({@code gridpatrol.login.max-failures}). */
    public static final int MAX_FAILURES = Integer.getInteger("gridpatrol.login.max-failures", 5);
    /** How long a lock lasts ({@code gridpatrol.login.lock-minutes}). */
    public static final Duration LOCK = Duration.ofMinutes(Long.getLong("gridpatrol.login.lock-minutes", 15));

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private AuditLog audit;

    /** @return the account of that login name (case ignored), or null */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LoginAccount find(String username) {
        if (username == null || username.isBlank() || username.length() > 200) {
            return null;
        }
        return one(AccountRows.LOGIN_ACCOUNT + "WHERE lower(u.username) = lower(?)", username.strip());
    }

    /** @return the account of that id, or null */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LoginAccount find(long id) {
        return one(AccountRows.LOGIN_ACCOUNT + "WHERE u.id = ?", id);
    }

    /**
     * A wrong password for an existing account: counted, and at the limit the account is locked.
     *
     * @param channel {@code desktop} or {@code mobile}
     * @return when the lock this failure set ends, or null when it set none
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Instant failed(LoginAccount account, String address, String channel) {
        try (Connection db = dataSource.getConnection()) {
            int failures;
            try (PreparedStatement count = db.prepareStatement(
                    "UPDATE app_user SET failed_logins = failed_logins + 1 WHERE id = ? RETURNING failed_logins")) {
                count.setLong(1, account.id());
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    failures = row.getInt(1);
                }
            }
            audit.record(AuditRecord.account(account.username(), account.id(), address, "LOGIN", Outcome.FAILURE,
                    Map.of("channel", channel, "reason", "wrong password", "failuresInARow", failures)));
            if (failures < MAX_FAILURES) {
                return null;
            }
            Instant until = Instant.now().plus(LOCK).truncatedTo(ChronoUnit.MICROS);
            try (PreparedStatement lock = db.prepareStatement(
                    "UPDATE app_user SET failed_logins = 0, locked_until = ? WHERE id = ?")) {
                lock.setTimestamp(1, Timestamp.from(until));
                lock.setLong(2, account.id());
                lock.executeUpdate();
            }
            audit.record(AuditRecord.account(account.username(), account.id(), address, "LOCKOUT", Outcome.SUCCESS,
                    Map.of("channel", channel, "lockedUntil", until.toString(), "afterFailures", failures)));
            return until;
        } catch (SQLException e) {
            throw new IllegalStateException("could not count a failed login", e);
        }
    }

    /**
     * A login refused for another reason than a wrong password of a known account: unknown name,
     * locked or deactivated account, password change required, too many attempts from the address.
     *
     * @param username the name given
     * @param userId   the account, when known
     * @param outcome  FAILURE (bad credentials) or DENIED (refused by policy)
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(String username, Long userId, String address, String channel, Outcome outcome, String reason) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("channel", channel);
        summary.put("reason", reason);
        String actor = username == null || username.isBlank() ? "anonymous"
                : username.length() > 64 ? username.substring(0, 64) : username;
        audit.record(AuditRecord.account(actor, userId, address, "LOGIN", outcome, summary));
    }

    /**
     * A right password: clears the failure count, notes the login and opens a desktop session.
     *
     * @return the session's bearer token
     */
    public IssuedToken openSession(LoginAccount account, String address) {
        try (Connection db = dataSource.getConnection()) {
            succeeded(db, account.id(), address);
            IssuedToken token = Tokens.issueSession(db, account.id());
            audit.record(AuditRecord.account(account.username(), account.id(), address, "LOGIN", Outcome.SUCCESS,
                    Map.of("channel", "desktop")));
            return token;
        } catch (SQLException e) {
            throw new IllegalStateException("could not open a session", e);
        }
    }

    /** A right password on a phone: clears the failure count and notes the login; the caller issues the tokens. */
    public void signedInOnPhone(LoginAccount account, String address, String deviceUid) {
        try (Connection db = dataSource.getConnection()) {
            succeeded(db, account.id(), address);
            audit.record(AuditRecord.account(account.username(), account.id(), address, "LOGIN", Outcome.SUCCESS,
                    Map.of("channel", "mobile", "device", deviceUid)));
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a sign-in", e);
        }
    }

    private static void succeeded(Connection db, long userId, String address) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE app_user SET failed_logins = 0, locked_until = NULL,"
                + " last_login_at = now(), last_login_address = ? WHERE id = ?")) {
            update.setString(1, address);
            update.setLong(2, userId);
            update.executeUpdate();
        }
    }

    private LoginAccount one(String sql, Object key) {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, key);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? AccountRows.loginAccount(row) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read an account", e);
        }
    }
}
