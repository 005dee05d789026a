package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridpatrol.server.account.PasswordHash;

/**
 * Login accounts made directly in the database (as an installer would make the first ones), and
 * their bearer tokens. The default identity of {@link Api} is a supervisor of the whole tree.
 */
public final class Accounts {
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static volatile String bootstrap;

    private Accounts() {
    }

    /** An account: its row id, login name and password. */
    public record Account(long id, String username, String password) {
    }

    /**
     * @param orgUnitId root of its data scope, or null for the whole tree
     * @param roles     role codes
     * @return a new active account that need not change its password
     */
    public static Account create(Long orgUnitId, String... roles) throws SQLException {
        String username = "it-" + RUN + "-" + SEQ.incrementAndGet();
        String password = "Pw-" + RUN + "-" + SEQ.get() + "!x";
        try (Connection db = PrivateDatabase.connect()) {
            long id;
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO app_user (username, display_name,"
                    + " password_hash, org_unit_id, must_change_password) VALUES (?, ?, ?, ?, false) RETURNING id")) {
                insert.setString(1, username);
                insert.setString(2, "测试 " + username);
                insert.setString(3, PasswordHash.hash(password));
                insert.setObject(4, orgUnitId);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    id = row.getLong(1);
                }
            }
            try (PreparedStatement grant = db.prepareStatement(
                    "INSERT INTO user_role (user_id, role_id) SELECT ?, id FROM role WHERE code = ?")) {
                for (String role : roles) {
                    grant.setLong(1, id);
                    grant.setString(2, role);
                    assertEquals(1, grant.executeUpdate(), role);
                }
            }
            return new Account(id, username, password);
        }
    }

    /** @return a desktop session token of the account */
    public static String login(Account account) {
        Api.Answer answer = Api.anonymous().post("/auth/login", Fixtures.json("username", account.username(),
                "password", account.password()));
        assertEquals(200, answer.status(), answer.raw().body());
        return answer.body().path("token").asText();
    }

    /** @return a token of a new account with those roles and scope */
    public static String token(Long orgUnitId, String... roles) throws SQLException {
        return login(create(orgUnitId, roles));
    }

    /** @return the token of the tests' default identity: a supervisor who sees the whole tree */
    static String bootstrapToken() {
        if (bootstrap == null) {
            synchronized (Accounts.class) {
                if (bootstrap == null) {
                    try {
                        bootstrap = token(null, "SUPERVISOR");
                    } catch (SQLException e) {
                        throw new IllegalStateException("could not create the tests' supervisor", e);
                    }
                }
            }
        }
        return bootstrap;
    }
}
