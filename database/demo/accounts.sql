-- The three administrators (三员) for a demo server, which the demo district does not make:
-- sysadmin (SYSTEM_ADMIN), secadmin (SECURITY_ADMIN) and auditor (AUDITOR), with the demo
-- password Patrol-2026! and no change required. For trying the API on a demo server only: a
-- bureau's server gets its first security administrator from the installer. Repeatable.
--
--   database/demo/load.sh --dir target/demo/pg --sql database/demo/accounts.sql
--   curl -s -H 'Content-Type: application/json' -d '{"username":"auditor","password":"Patrol-2026!"}' \
--        http://127.0.0.1:8080/api/v1/auth/login

INSERT INTO app_user (username, display_name, password_hash, must_change_password, org_unit_id) VALUES
    ('sysadmin', '系统管理员（演示）',
     'pbkdf2-sha256$210000$VP4c3ZEp6wPKkLquNOuH/g$DXj8KC5iI1N27O5jweY1WtH+2O4hPBpmcVf032B56/Y', false, NULL),
    ('secadmin', '安全管理员（演示）',
     'pbkdf2-sha256$210000$cxEwmKK6hK/pT33QMoA0TA$xhHtLZeRZKhEtjB9Z/BtUS8pbyVTbM0FEwJo1qosce8', false, NULL),
    ('auditor', '安全审计员（演示）',
     'pbkdf2-sha256$210000$6Oq7AgJJ2Up1UZ7tevbevw$B2r/Ckc2DFQPB1cB0f3flcwk35AdueVRITTLKu6Sh6A', false, NULL)
ON CONFLICT ((lower(username))) DO NOTHING;

INSERT INTO user_role (user_id, role_id)
SELECT u.id, r.id
  FROM app_user u
  JOIN role r ON r.code = CASE u.username WHEN 'sysadmin' THEN 'SYSTEM_ADMIN' WHEN 'secadmin' THEN 'SECURITY_ADMIN'
                                          WHEN 'auditor' THEN 'AUDITOR' END
 WHERE u.username IN ('sysadmin', 'secadmin', 'auditor')
ON CONFLICT DO NOTHING;
