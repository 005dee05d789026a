-- Demo accounts: one for each of the three administrators and a supervisor of the demo bureau
-- (BS-340303 when the demo district is loaded, else the whole tree), all with the password
-- GridPatrol-Demo-1 and no change required. For trying the API on a demo server only: a bureau's
-- server gets its first security administrator from the installer. Repeatable.
--
--   database/demo/load.sh --dir target/demo/pg --sql database/demo/accounts.sql
--   curl -s -H 'Content-Type: application/json' -d '{"username":"supervisor","password":"GridPatrol-Demo-1"}' \
--        http://127.0.0.1:8080/api/v1/auth/login

INSERT INTO app_user (username, display_name, password_hash, must_change_password, org_unit_id) VALUES
    ('sysadmin', '系统管理员（演示）',
     'pbkdf2-sha256$210000$GIWHePWsWGkj9zTCx362Nw$O8Zez6IKSW0U977o/qx6y6qo1BxEXBx+RtuJd6EBzg8', false, NULL),
    ('secadmin', '安全管理员（演示）',
     'pbkdf2-sha256$210000$EsyRGF0AJ2NH0fuTUacCrA$Fo/0+zqkN2VHYvRi2qdwkUmSJiFgoB6mfaA9WOZRhwU', false, NULL),
    ('auditor', '安全审计员（演示）',
     'pbkdf2-sha256$210000$TVeSW8ljynWbjk7gzDbrhA$KfUnjbyclpKwDqUyqvNSoFlnh+iA2BtiSOL5AFKNquo', false, NULL),
    ('supervisor', '督查员（演示）',
     'pbkdf2-sha256$210000$Y/Ztmj0cey8YDk4qfMpThA$a+AYnMatk6SjTfUs/59OjfRY11OdPvmzbPJOzcQXVn0', false,
     (SELECT id FROM org_unit WHERE code = 'BS-340303'))
ON CONFLICT ((lower(username))) DO NOTHING;

INSERT INTO user_role (user_id, role_id)
SELECT u.id, r.id
  FROM app_user u
  JOIN role r ON r.code = CASE u.username WHEN 'sysadmin' THEN 'SYSTEM_ADMIN' WHEN 'secadmin' THEN 'SECURITY_ADMIN'
                                          WHEN 'auditor' THEN 'AUDITOR' WHEN 'supervisor' THEN 'SUPERVISOR' END
 WHERE u.username IN ('sysadmin', 'secadmin', 'auditor', 'supervisor')
ON CONFLICT DO NOTHING;
