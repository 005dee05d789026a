package org.gridpatrol.server.account;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.gridpatrol.model.Problem;
import org.gridpatrol.server.audit.AuditLog;
import org.gridpatrol.server.audit.AuditRecord;
import org.gridpatrol.server.audit.AuditRecord.Outcome;
import org.gridpatrol.server.problem.ProblemException;

/**
 * Setting passwords under the {@link PasswordPolicy}: a user's own change (which clears
 * "must change") and an administrator's reset (which sets it). Either keeps the old hash in
 * {@code password_history} and ends every token of the account.
 */
@Stateless
public class Passwords {
    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private Tokens tokens;

    @Inject
    private AuditLog audit;

    /**
     * The user's own change; the caller has checked his current password.
     *
     * @throws ProblemException 422 {@code password.policy} naming each rule broken
     */
    public void change(LoginAccount account, String newPassword, String address) {
        set(account.id(), account.username(), newPassword, "/newPassword", false);
        audit.record(AuditRecord.account(account.username(), account.id(), address, "PASSWORD_CHANGE",
                Outcome.SUCCESS, Map.of()));
    }

    /**
     * An administrator's reset: the user must change the password at his next login.
     *
     * @throws ProblemException 422 {@code password.policy} naming each rule broken
     */
    public void reset(long userId, String username, String newPassword) {
        set(userId, username, newPassword, "/password", true);
    }

    /**
     * Checks a password an account will be created with.
     *
     * @throws ProblemException 422 {@code password.policy} naming each rule broken
     */
    public void checkInitial(String username, String password) {
        refuse(PasswordPolicy.current().violations("/password", username, password));
    }

    private void set(long userId, String username, String newPassword, String pointer, boolean mustChange) {
        PasswordPolicy policy = PasswordPolicy.current();
        refuse(policy.violations(pointer, username, newPassword));
        try (Connection db = dataSource.getConnection()) {
            String current;
            try (PreparedStatement lock = db.prepareStatement("SELECT password_hash FROM app_user WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, userId);
                try (ResultSet row = lock.executeQuery()) {
                    if (!row.next()) {
                        throw ProblemException.notFound("account.not-found", "there is no account " + userId);
                    }
                    current = row.getString(1);
                }
            }
            if (recent(db, userId, current, policy.history()).stream().anyMatch(h -> PasswordHash.matches(newPassword, h))) {
                refuse(List.of(policy.reused(pointer)));
            }
            try (PreparedStatement keep = db.prepareStatement(
                    "INSERT INTO password_history (user_id, password_hash) VALUES (?, ?)")) {
                keep.setLong(1, userId);
                keep.setString(2, current);
                keep.executeUpdate();
            }
            try (PreparedStatement update = db.prepareStatement("UPDATE app_user SET password_hash = ?,"
                    + " password_changed_at = now(), must_change_password = ?, failed_logins = 0, locked_until = NULL"
                    + " WHERE id = ?")) {
                update.setString(1, PasswordHash.hash(newPassword));
                update.setBoolean(2, mustChange);
                update.setLong(3, userId);
                update.executeUpdate();
            }
            tokens.revokeAll(userId);
        } catch (SQLException e) {
            throw new IllegalStateException("could not set a password", e);
        }
    }

    /** @return the current hash and the newest earlier ones, {@code history} in all */
    private static List<String> recent(Connection db, long userId, String current, int history) throws SQLException {
        List<String> hashes = new ArrayList<>();
        hashes.add(current);
        try (PreparedStatement query = db.prepareStatement("SELECT password_hash FROM password_history WHERE user_id = ?"
                + " ORDER BY created_at DESC, id DESC LIMIT ?")) {
            query.setLong(1, userId);
            query.setInt(2, Math.max(0, history - 1));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    hashes.add(row.getString(1));
                }
            }
        }
        return hashes;
    }

    private static void refuse(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("password.policy", "the password does not meet the policy: "
                    + errors.get(0).message() + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""),
                    errors);
        }
    }
}
