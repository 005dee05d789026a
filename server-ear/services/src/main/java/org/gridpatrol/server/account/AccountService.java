package org.gridpatrol.server.account;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.gridpatrol.model.Page;
import org.gridpatrol.model.Problem;
import org.gridpatrol.model.account.Account;
import org.gridpatrol.model.account.AccountUpdate;
import org.gridpatrol.model.account.NewAccount;
import org.gridpatrol.model.account.PasswordReset;
import org.gridpatrol.server.officer.OfficerEntity;
import org.gridpatrol.server.officer.Officers;
import org.gridpatrol.server.org.OrgUnits;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.problem.Violations;
import org.gridpatrol.server.scope.Caller;

/**
 * The security administrator's work on accounts: create with roles and a data scope, change them,
 * deactivate (every token ends at once), unlock, reset the password. An account outside the
 * caller's scope is unknown; nobody administers his own account.
 */
@Stateless
public class AccountService {
    /** The most accounts one page may hold. */
    public static final int PAGE_MAX = 500;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");

    private static final String VIEW = "SELECT u.id, u.username, u.display_name, u.active, " + AccountRows.ROLES
            + ", u.org_unit_id, u.must_change_password, u.failed_logins, u.locked_until, u.password_changed_at,"
            + " u.last_login_at, u.last_login_address, u.created_at, ou.path"
            + " FROM app_user u LEFT JOIN org_unit ou ON ou.id = u.org_unit_id";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private OrgUnits units;

    @Inject
    private Officers officers;

    @Inject
    private Passwords passwords;

    @Inject
    private Tokens tokens;

    /** @return one page of the accounts the caller sees, by login name */
    public Page<Account> list(Caller caller, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > PAGE_MAX) {
            throw ProblemException.badRequest("paging.invalid", "offset must be 0 or more and limit between 1 and " + PAGE_MAX);
        }
        String where = caller.isUnrestricted() ? "" : " WHERE ou.path LIKE ? || '%'";
        try (Connection db = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = db.prepareStatement("SELECT count(*) FROM app_user u"
                    + " LEFT JOIN org_unit ou ON ou.id = u.org_unit_id" + where)) {
                if (!caller.isUnrestricted()) {
                    count.setString(1, caller.pathPrefix());
                }
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            List<Account> items = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(VIEW + where + " ORDER BY lower(u.username) OFFSET ? LIMIT ?")) {
                int i = 1;
                if (!caller.isUnrestricted()) {
                    query.setString(i++, caller.pathPrefix());
                }
                query.setInt(i++, offset);
                query.setInt(i, limit);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        items.add(account(row));
                    }
                }
            }
            return new Page<>(items, total, offset, limit);
        } catch (SQLException e) {
            throw new IllegalStateException("could not list accounts", e);
        }
    }

    public Account get(Caller caller, long id) {
        return visible(caller, id);
    }

    public Account create(Caller caller, NewAccount request) {
        Violations.body(request);
        Violations check = new Violations();
        String username = check.text("/username", request.username(), 64);
        check.matches("/username", username, USERNAME, "2 to 64 letters, digits, '.', '_', '@' or '-', no spaces");
        String displayName = check.text("/displayName", request.displayName(), 100);
        Set<Role> roles = roles(check, request.roles());
        if (roles.contains(Role.OFFICER)) {
            check.required("/officerId", request.officerId());
        } else if (request.officerId() != null) {
            check.add("/officerId", "account.officer-without-role", "/officerId is only for an OFFICER account");
        }
        check.throwIfAny("account.invalid", "the account cannot be created");
        passwords.checkInitial(username, request.password());

        Long orgUnitId = request.orgUnitId();
        if (request.officerId() != null) {
            OfficerEntity officer = officers.referenced(caller, request.officerId(), "/officerId", "account");
            if (officer.toRecord().userId() != null) {
                throw refusal("account.officer-has-account", "/officerId",
                        "officer " + officer.id() + " already has an account");
            }
            orgUnitId = orgUnitId == null ? officer.squadId() : orgUnitId;
        }
        scope(caller, roles, orgUnitId);
        try (Connection db = dataSource.getConnection()) {
            refuseTaken(db, username);
            long id;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO app_user (username, display_name, password_hash,"
                    + " org_unit_id, must_change_password) VALUES (?, ?, ?, ?, true) RETURNING id")) {
                insert.setString(1, username);
                insert.setString(2, displayName);
                insert.setString(3, PasswordHash.hash(request.password()));
                insert.setObject(4, orgUnitId);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
            grant(db, id, roles, caller.userId());
            if (request.officerId() != null) {
                try (PreparedStatement link = db.prepareStatement("UPDATE officer SET user_id = ? WHERE id = ? AND user_id IS NULL")) {
                    link.setLong(1, id);
                    link.setLong(2, request.officerId());
                    link.executeUpdate();
                }
            }
            return read(db, id);
        } catch (SQLException e) {
            throw translate(e, username);
        }
    }

    /** Sets name, roles and data scope; they apply to the account's next request. */
    public Account update(Caller caller, long id, AccountUpdate request) {
        Violations.body(request);
        notSelf(caller, id);
        Violations check = new Violations();
        String displayName = check.text("/displayName", request.displayName(), 100);
        Set<Role> roles = roles(check, request.roles());
        check.throwIfAny("account.invalid", "the account cannot be changed");
        Account account = visible(caller, id);
        if (roles.contains(Role.OFFICER) && !account.roles().contains(Role.OFFICER.name())) {
            throw refusal("account.officer-role", "/roles", "the OFFICER role comes with the officer's account, at creation");
        }
        scope(caller, roles, request.orgUnitId());
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement update = db.prepareStatement(
                    "UPDATE app_user SET display_name = ?, org_unit_id = ? WHERE id = ?")) {
                update.setString(1, displayName);
                update.setObject(2, request.orgUnitId());
                update.setLong(3, id);
                update.executeUpdate();
            }
            try (PreparedStatement revoke = db.prepareStatement("DELETE FROM user_role WHERE user_id = ?")) {
                revoke.setLong(1, id);
                revoke.executeUpdate();
            }
            grant(db, id, roles, caller.userId());
            return read(db, id);
        } catch (SQLException e) {
            throw translate(e, account.username());
        }
    }

    /** Deactivates the account and ends every token it holds, desktop and phone. */
    public Account deactivate(Caller caller, long id) {
        notSelf(caller, id);
        visible(caller, id);
        execute("UPDATE app_user SET active = false WHERE id = ?", id);
        tokens.revokeAll(id);
        return visible(caller, id);
    }

    /** Lifts a lock and clears the failure count. */
    public Account unlock(Caller caller, long id) {
        notSelf(caller, id);
        visible(caller, id);
        execute("UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = ?", id);
        return visible(caller, id);
    }

    /** Sets a new initial password the user must change; ends every token of the account. */
    public Account resetPassword(Caller caller, long id, PasswordReset request) {
        Violations.body(request);
        notSelf(caller, id);
        Account account = visible(caller, id);
        passwords.reset(id, account.username(), request.password());
        return visible(caller, id);
    }

    private Set<Role> roles(Violations check, List<String> codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (check.notEmpty("/roles", codes) == null) {
            return roles;
        }
        for (int i = 0; i < codes.size(); i++) {
            Role role = Role.of(codes.get(i));
            if (role == null || role == Role.INTEGRATION) {
                check.add("/roles/" + i, "account.role-unknown", "/roles/" + i + " is not a role an account may hold"
                        + " (SYSTEM_ADMIN, SECURITY_ADMIN, AUDITOR, SUPERVISOR, OFFICER)");
            } else {
                roles.add(role);
            }
        }
        long separated = roles.stream().filter(Role.SEPARATED::contains).count();
        if (separated > 1) {
            check.add("/roles", "account.separation-of-duties",
                    "nobody holds two of SYSTEM_ADMIN, SECURITY_ADMIN and AUDITOR (三员分立)");
        } else if (separated == 1 && roles.size() > 1) {
            check.add("/roles", "account.separation-of-duties",
                    "an administrator or auditor holds no business role");
        }
        return roles;
    }

    private void scope(Caller caller, Set<Role> roles, Long orgUnitId) {
        if (orgUnitId != null) {
            units.referenced(caller, orgUnitId, "/orgUnitId", "account", null);
        } else if (roles.stream().anyMatch(Role::needsOrgUnit)) {
            throw refusal("account.org-unit-required", "/orgUnitId",
                    "a SUPERVISOR or OFFICER account needs the org unit whose subtree it sees");
        } else if (!caller.isUnrestricted()) {
            throw refusal("account.org-unit-required", "/orgUnitId",
                    "place the account in an org unit of your scope");
        }
    }

    private static void notSelf(Caller caller, long id) {
        if (caller.userId() != null && caller.userId() == id) {
            throw ProblemException.unprocessable("account.self-change",
                    "nobody administers his own account: ask another security administrator", null);
        }
    }

    private Account visible(Caller caller, long id) {
        try (Connection db = dataSource.getConnection()) {
            Account account = read(db, id);
            if (account == null) {
                throw notFound(id);
            }
            String path = path(db, id);
            if (!caller.isUnrestricted() && (path == null || !caller.sees(path))) {
                throw notFound(id);
            }
            return account;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read account " + id, e);
        }
    }

    private static String path(Connection db, long id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT ou.path FROM app_user u LEFT JOIN org_unit ou ON ou.id = u.org_unit_id WHERE u.id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    private static Account read(Connection db, long id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(VIEW + " WHERE u.id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? account(row) : null;
            }
        }
    }

    private static Account account(ResultSet row) throws SQLException {
        List<String> roles = AccountRows.roles(row.getArray(5)).stream().map(Enum::name).toList();
        return new Account(row.getLong(1), row.getString(2), row.getString(3), row.getBoolean(4), roles,
                row.getObject(6, Long.class), row.getBoolean(7), row.getInt(8), AccountRows.instant(row.getTimestamp(9)),
                AccountRows.instant(row.getTimestamp(10)), AccountRows.instant(row.getTimestamp(11)), row.getString(12),
                AccountRows.instant(row.getTimestamp(13)));
    }

    private static void grant(Connection db, long userId, Set<Role> roles, Long grantedBy) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO user_role (user_id, role_id, granted_by)"
                + " SELECT ?, id, ? FROM role WHERE code = ?")) {
            for (Role role : roles) {
                insert.setLong(1, userId);
                insert.setObject(2, grantedBy);
                insert.setString(3, role.name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void refuseTaken(Connection db, String username) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT 1 FROM app_user WHERE lower(username) = lower(?)")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                if (row.next()) {
                    throw taken(username);
                }
            }
        }
    }

    private void execute(String sql, long id) {
        try (Connection db = dataSource.getConnection(); PreparedStatement update = db.prepareStatement(sql)) {
            update.setLong(1, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not change account " + id, e);
        }
    }

    private static RuntimeException translate(SQLException e, String username) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return taken(username);
            }
            if (cause instanceof SQLException sql && "23514".equals(sql.getSQLState())) {
                return refusal("account.separation-of-duties", "/roles", "the database refused the roles: "
                        + sql.getMessage());
            }
        }
        return new IllegalStateException("could not write the account", e);
    }

    private static ProblemException taken(String username) {
        return ProblemException.conflict("account.username-taken", "the login name " + username + " is already in use");
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("account.not-found", "there is no account " + id);
    }

    private static ProblemException refusal(String code, String pointer, String sentence) {
        return ProblemException.unprocessable(code, sentence, List.of(new Problem.FieldError(pointer, code, sentence)));
    }
}
