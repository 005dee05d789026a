-----------------------------------------------------------------------------------------------
-- 3. Re-attach the accounts remembered in step 1, by org unit code and badge number.
-----------------------------------------------------------------------------------------------

UPDATE app_user u SET org_unit_id = o.id
  FROM demo_scoped_user s JOIN org_unit o ON o.code = s.org_code
 WHERE u.id = s.user_id;

-- (officers with a demo account of their own keep it)
UPDATE officer f SET user_id = l.user_id
  FROM demo_officer_login l
 WHERE f.badge_no = l.badge_no AND f.user_id IS NULL
   AND NOT EXISTS (SELECT 1 FROM officer o WHERE o.user_id = l.user_id);

-----------------------------------------------------------------------------------------------
-- 4. Move every identity sequence the demo gave explicit ids in past the largest id, so rows the
--    application adds later never collide with them (and never reuse a number already issued).
-----------------------------------------------------------------------------------------------

DO $finish$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY[${TABLES}] LOOP
        EXECUTE format('SELECT setval(pg_get_serial_sequence(%L, ''id''), '
                       'greatest(nextval(pg_get_serial_sequence(%L, ''id'')), (SELECT max(id) FROM %I)))',
                       t, t, t);
    END LOOP;
END
$finish$;
