package org.gridpatrol.district.output;

import java.util.List;
import java.util.Map;
import org.gridpatrol.district.account.Account;

/**
 * The demo accounts part of the load script. Accounts are not deleted by the reset (app_user
 * outlives a reload, like the audit log that names them), so they are upserted by username: a
 * reload makes each demo account exactly as described again — name, scope, the demo password,
 * unlocked, active, its one role — and links every officer to his account. Ids come from the
 * identity column; nothing else refers to them by number.
 */
final class AccountSql {

    private AccountSql() {
    }

    /**
     * @param hashes the stored password hash of each account, by username
     */
    static void append(StringBuilder sql, List<Account> accounts, Map<String, String> hashes) {
        sql.append("""

                -- Login accounts: one per officer (username = badge number, role OFFICER) and the supervisors
                -- (role SUPERVISOR), all with the demo password (database/demo/README.md). Upserted by username,
                -- so a reload resets them: password, lock, scope and role as written here.
                CREATE TEMP TABLE demo_account (ord int, username text, display_name text, password_hash text,
                                                org_unit_id bigint, role text, badge_no text) ON COMMIT DROP;
                INSERT INTO demo_account VALUES
                """);
        for (int i = 0; i < accounts.size(); i++) {
            Account a = accounts.get(i);
            String hash = hashes.get(a.username());
            if (hash == null) {
                throw new IllegalArgumentException("no password hash for " + a.username());
            }
            sql.append("    (").append(i + 1).append(", ").append(DemoSql.lit(a.username())).append(", ")
                    .append(DemoSql.lit(a.displayName())).append(", ").append(DemoSql.lit(hash)).append(", ")
                    .append(a.orgUnitId()).append(", ").append(DemoSql.lit(a.role().name())).append(", ")
                    .append(a.badgeNo() == null ? "NULL" : DemoSql.lit(a.badgeNo()))
                    .append(i + 1 < accounts.size() ? "),\n" : ");\n");
        }
        sql.append("""

                INSERT INTO app_user (username, display_name, password_hash, must_change_password, org_unit_id)
                SELECT username, display_name, password_hash, false, org_unit_id FROM demo_account ORDER BY ord
                ON CONFLICT ((lower(username))) DO UPDATE SET
                    display_name = EXCLUDED.display_name, password_hash = EXCLUDED.password_hash,
                    password_changed_at = now(), must_change_password = false, failed_logins = 0,
                    locked_until = NULL, active = true, org_unit_id = EXCLUDED.org_unit_id;

                -- exactly one role each: what the application granted them since goes
                DELETE FROM user_role r
                 USING app_user u, demo_account a, role want
                 WHERE r.user_id = u.id AND lower(u.username) = lower(a.username) AND want.code = a.role
                   AND r.role_id <> want.id;
                INSERT INTO user_role (user_id, role_id)
                SELECT u.id, r.id
                  FROM demo_account a JOIN app_user u ON lower(u.username) = lower(a.username)
                  JOIN role r ON r.code = a.role
                 ORDER BY a.ord
                ON CONFLICT DO NOTHING;

                UPDATE officer f SET user_id = u.id
                  FROM demo_account a JOIN app_user u ON lower(u.username) = lower(a.username)
                 WHERE f.badge_no = a.badge_no;
                """);
    }
}
