package org.gridpatrol.server.account;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Reading accounts and their roles from JDBC rows, shared by the account services. */
final class AccountRows {
    /** The roles of user {@code u} as a text array. */
    static final String ROLES = "array(SELECT r.code FROM user_role ur JOIN role r ON r.id = ur.role_id"
            + " WHERE ur.user_id = u.id ORDER BY r.code)";

    /** An account as a login needs it; append a WHERE clause on {@code u}. */
    static final String LOGIN_ACCOUNT = "SELECT u.id, u.username, u.password_hash, u.active, u.locked_until,"
            + " u.must_change_password, u.password_changed_at, u.org_unit_id, ou.path, " + ROLES
            + " FROM app_user u LEFT JOIN org_unit ou ON ou.id = u.org_unit_id ";

    private AccountRows() {
    }

    static LoginAccount loginAccount(ResultSet row) throws SQLException {
        return new LoginAccount(row.getLong(1), row.getString(2), row.getString(3), row.getBoolean(4),
                instant(row.getTimestamp(5)), row.getBoolean(6), instant(row.getTimestamp(7)),
                row.getObject(8, Long.class), row.getString(9), roles(row.getArray(10)));
    }

    static Set<Role> roles(Array codes) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (codes != null) {
            for (Object code : (Object[]) codes.getArray()) {
                Role role = Role.of((String) code);
                if (role != null) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
