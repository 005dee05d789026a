package org.gridpatrol.server.mobile;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.gridpatrol.model.mobile.Session;
import org.gridpatrol.model.mobile.PhonePasswordChange;
import org.gridpatrol.model.mobile.SignIn;
import org.gridpatrol.server.account.LoginAccount;
import org.gridpatrol.server.account.Logins;
import org.gridpatrol.server.account.PasswordHash;
import org.gridpatrol.server.account.PasswordPolicy;
import org.gridpatrol.server.account.Passwords;
import org.gridpatrol.server.account.Tokens;
import org.gridpatrol.server.audit.AuditRecord.Outcome;
import org.gridpatrol.server.problem.ProblemException;

/**
 * Officers signing in on their registered phones, and the tokens that follow.
 * Only hashes of tokens are stored; a token is bound to the device it was issued to.
 */
@Stateless
public class DeviceSignIn {
    static final Duration ACCESS_LIFETIME = Duration.ofHours(2);
    static final Duration REFRESH_LIFETIME = Duration.ofDays(30);

    private static final String OFFICER = """
            SELECT u.id, u.password_hash, u.active AND o.active, o.id, o.name, d.id, d.active, d.officer_id
            FROM officer o JOIN app_user u ON u.id = o.user_id
            LEFT JOIN device d ON d.device_uid = ?
            WHERE o.badge_no = ?""";
    private static final String RESOLVE = """
            SELECT t.user_id, o.id, t.device_id FROM auth_token t
            JOIN officer o ON o.user_id = t.user_id
            WHERE t.token_hash = ? AND t.kind = ? AND t.revoked_at IS NULL AND t.expires_at > now() AND o.active""";

    private static final String CHANNEL = "mobile";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private Logins logins;

    @Inject
    private Passwords passwords;

    /**
     * Wrong passwords count towards the account's lock as at the desktop, and every attempt is audited.
     *
     * @param request badge number, password and the phone's registered device id
     * @param address the client's address, for the audit log
     * @return fresh access and refresh tokens
     */
    public Session signIn(SignIn request, String address) {
        if (request == null || blank(request.badgeNo()) || blank(request.password()) || blank(request.deviceId())) {
            throw ProblemException.badRequest("sign-in.incomplete", "send badgeNo, password and deviceId");
        }
        try (Connection db = dataSource.getConnection()) {
            Officer officer = check(db, request.badgeNo(), request.password(), request.deviceId(), address);
            LoginAccount account = officer.account();
            if (account.passwordChangeRequired(Instant.now(), PasswordPolicy.current().maxAge())) {
                String why = account.mustChangePassword() ? "password change required" : "password expired";
                logins.refused(account.username(), account.id(), address, CHANNEL, Outcome.DENIED, why);
                throw new ProblemException(org.gridpatrol.model.Problem.of(403, "password.change-required",
                        "Password change required", (account.mustChangePassword()
                                ? "this password was set for you" : "this password has expired")
                                + ": set your own with POST /api/v1/mobile/password, then sign in again"
                                + " (请先修改密码再登录)").with("reason", account.mustChangePassword() ? "SET_FOR_YOU" : "EXPIRED"));
            }
            logins.signedInOnPhone(account, address, request.deviceId());
            return issue(db, account.id(), officer.officerId(), officer.name(), officer.deviceRow(), request.deviceId());
        } catch (SQLException e) {
            throw new IllegalStateException("sign-in failed in the database", e);
        }
    }

    /**
     * An officer sets his own password from his registered phone: the same checks as sign-in
     * (wrong passwords count towards the lock), then the same policy as at the desktop. Every
     * token of the account ends; the phone signs in again with the new password.
     *
     * @param request badge number, device id, current and new password
     * @param address the client's address, for the audit log
     * @throws ProblemException 422 {@code password.policy} naming each rule broken
     */
    public void changePassword(PhonePasswordChange request, String address) {
        if (request == null || blank(request.badgeNo()) || blank(request.oldPassword()) || blank(request.deviceId())
                || request.newPassword() == null) {
            throw ProblemException.badRequest("password-change.incomplete",
                    "send badgeNo, deviceId, oldPassword and newPassword");
        }
        LoginAccount account;
        try (Connection db = dataSource.getConnection()) {
            account = check(db, request.badgeNo(), request.oldPassword(), request.deviceId(), address).account();
        } catch (SQLException e) {
            throw new IllegalStateException("password change failed in the database", e);
        }
        passwords.change(account, request.newPassword(), address);
    }

    /** The officer behind a badge, password and phone that all check out. */
    private record Officer(LoginAccount account, long officerId, String name, long deviceRow) {
    }

    private Officer check(Connection db, String badgeNo, String password, String deviceId, String address)
            throws SQLException {
        try (PreparedStatement query = db.prepareStatement(OFFICER)) {
            query.setString(1, deviceId);
            query.setString(2, badgeNo);
            try (ResultSet row = query.executeQuery()) {
                // one answer for unknown badge and wrong password: no account enumeration
                if (!row.next()) {
                    logins.refused(badgeNo, null, address, CHANNEL, Outcome.FAILURE, "unknown badge number");
                    throw refused("sign-in.refused", "badge number or password is wrong");
                }
                LoginAccount account = logins.find(row.getLong(1));
                if (account.lockedAt(Instant.now())) {
                    logins.refused(account.username(), account.id(), address, CHANNEL, Outcome.DENIED, "account locked");
                    throw locked(account.lockedUntil());
                }
                if (!PasswordHash.matches(password, row.getString(2))) {
                    Instant lockedUntil = logins.failed(account, address, CHANNEL);
                    throw lockedUntil != null ? locked(lockedUntil)
                            : refused("sign-in.refused", "badge number or password is wrong");
                }
                if (!row.getBoolean(3)) {
                    logins.refused(account.username(), account.id(), address, CHANNEL, Outcome.DENIED, "deactivated");
                    throw refused("sign-in.inactive", "this officer's account is deactivated");
                }
                long deviceRow = row.getLong(6);
                if (row.wasNull() || !row.getBoolean(7) || row.getLong(8) != row.getLong(4)) {
                    logins.refused(account.username(), account.id(), address, CHANNEL, Outcome.DENIED,
                            "device not registered: " + deviceId);
                    throw refused("sign-in.device-not-registered",
                            "device " + deviceId + " is not registered to this officer; ask the squad leader to register it");
                }
                return new Officer(account, row.getLong(4), row.getString(5), deviceRow);
            }
        }
    }

    /**
     * @param refreshToken a refresh token issued to this device
     * @return new tokens; the old refresh token is revoked
     */
    public Session refresh(String refreshToken) {
        try (Connection db = dataSource.getConnection()) {
            DeviceIdentity who = resolve(db, refreshToken, "REFRESH");
            try (PreparedStatement revoke = db.prepareStatement(
                    "UPDATE auth_token SET revoked_at = now() WHERE token_hash = ?")) {
                revoke.setString(1, PasswordHash.tokenHash(refreshToken));
                revoke.executeUpdate();
            }
            try (PreparedStatement query = db.prepareStatement(
                    "SELECT o.name, d.device_uid FROM officer o, device d WHERE o.id = ? AND d.id = ?")) {
                query.setLong(1, who.officerId());
                query.setLong(2, who.deviceId());
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    return issue(db, who.userId(), who.officerId(), row.getString(1), who.deviceId(), row.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("token refresh failed in the database", e);
        }
    }

    /**
     * Revokes every token of the device the access token belongs to.
     *
     * @param who the signed-in device
     */
    public void signOut(DeviceIdentity who) {
        Tokens.forgetDevices(who.userId(), who.deviceId());
        try (Connection db = dataSource.getConnection();
             PreparedStatement revoke = db.prepareStatement(
                     "UPDATE auth_token SET revoked_at = now() WHERE user_id = ? AND device_id = ? AND revoked_at IS NULL")) {
            revoke.setLong(1, who.userId());
            revoke.setLong(2, who.deviceId());
            revoke.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("sign-out failed in the database", e);
        }
    }

    private static DeviceIdentity resolve(Connection db, String token, String kind) throws SQLException {
        if (blank(token)) {
            throw refused("token.missing", "send the access token as 'Authorization: Bearer <token>'");
        }
        try (PreparedStatement query = db.prepareStatement(RESOLVE)) {
            query.setString(1, PasswordHash.tokenHash(token));
            query.setString(2, kind);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || row.getObject(3) == null) {
                    throw refused("token.invalid", "the token is unknown, expired or revoked: sign in again");
                }
                return new DeviceIdentity(row.getLong(1), row.getLong(2), row.getLong(3));
            }
        }
    }

    private static Session issue(Connection db, long userId, long officerId, String officerName, long deviceRow,
                                 String deviceUid) throws SQLException {
        Instant now = Instant.now();
        String access = PasswordHash.newToken();
        String refresh = PasswordHash.newToken();
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO auth_token (token_hash, user_id, device_id, kind, expires_at) VALUES (?, ?, ?, ?, ?)")) {
            for (String[] token : new String[][] {{access, "ACCESS"}, {refresh, "REFRESH"}}) {
                Duration lifetime = token[1].equals("ACCESS") ? ACCESS_LIFETIME : REFRESH_LIFETIME;
                insert.setString(1, PasswordHash.tokenHash(token[0]));
                insert.setLong(2, userId);
                insert.setLong(3, deviceRow);
                insert.setString(4, token[1]);
                insert.setTimestamp(5, Timestamp.from(now.plus(lifetime)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return new Session(access, now.plus(ACCESS_LIFETIME), refresh, now.plus(REFRESH_LIFETIME), officerId,
                officerName, deviceUid);
    }

    private static ProblemException locked(Instant until) {
        return new ProblemException(org.gridpatrol.model.Problem.of(423, "auth.locked", "Locked",
                "too many wrong passwords: the account is locked until " + until
                        + "; wait, or ask a security administrator to unlock it").with("lockedUntil", until.toString()));
    }

    private static ProblemException refused(String code, String detail) {
        return new ProblemException(org.gridpatrol.model.Problem.of(401, code, "Unauthorized", detail));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
