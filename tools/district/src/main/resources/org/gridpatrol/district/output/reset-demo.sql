-----------------------------------------------------------------------------------------------
-- 1. Remove the previous demo: everything in the org subtree of the bureau ${BUREAU_CODE}, and
--    everything that points at it (what officers, devices and supervisors did with the demo too).
--    The sets are taken first, in temporary tables, then deleted children before parents.
--    Not touched: audit_log (append-only, no foreign keys) and app_user: accounts scoped to a demo
--    org unit, and officers' login accounts, are remembered by code and re-attached in step 3.
-----------------------------------------------------------------------------------------------

CREATE TEMP TABLE demo_org ON COMMIT DROP AS
SELECT id, code FROM org_unit
 WHERE path LIKE (SELECT path FROM org_unit WHERE code = '${BUREAU_CODE}') || '%';

CREATE TEMP TABLE demo_officer ON COMMIT DROP AS
SELECT id FROM officer WHERE squad_id IN (SELECT id FROM demo_org);

-- the demo's phones, also when the application has unbound one from its officer
CREATE TEMP TABLE demo_device ON COMMIT DROP AS
SELECT id FROM device
 WHERE officer_id IN (SELECT id FROM demo_officer)
    OR (officer_id IS NULL AND device_uid ~ '${DEVICE_UID_PATTERN}');

CREATE TEMP TABLE demo_grid ON COMMIT DROP AS
SELECT id FROM grid WHERE org_unit_id IN (SELECT id FROM demo_org);

CREATE TEMP TABLE demo_checkpoint ON COMMIT DROP AS
SELECT id FROM checkpoint WHERE grid_id IN (SELECT id FROM demo_grid);

CREATE TEMP TABLE demo_plan ON COMMIT DROP AS
SELECT id FROM patrol_plan
 WHERE officer_id IN (SELECT id FROM demo_officer) OR squad_id IN (SELECT id FROM demo_org);

CREATE TEMP TABLE demo_shift ON COMMIT DROP AS
SELECT id FROM shift WHERE org_unit_id IN (SELECT id FROM demo_org);

CREATE TEMP TABLE demo_alarm ON COMMIT DROP AS
SELECT id FROM alarm
 WHERE officer_id IN (SELECT id FROM demo_officer) OR org_unit_id IN (SELECT id FROM demo_org)
    OR grid_id IN (SELECT id FROM demo_grid) OR plan_id IN (SELECT id FROM demo_plan)
    OR checkpoint_id IN (SELECT id FROM demo_checkpoint);

CREATE TEMP TABLE demo_visit ON COMMIT DROP AS
SELECT id FROM checkpoint_visit
 WHERE officer_id IN (SELECT id FROM demo_officer) OR checkpoint_id IN (SELECT id FROM demo_checkpoint)
    OR plan_id IN (SELECT id FROM demo_plan) OR device_id IN (SELECT id FROM demo_device);

CREATE TEMP TABLE demo_incident ON COMMIT DROP AS
SELECT id FROM incident
 WHERE officer_id IN (SELECT id FROM demo_officer) OR org_unit_id IN (SELECT id FROM demo_org)
    OR grid_id IN (SELECT id FROM demo_grid) OR device_id IN (SELECT id FROM demo_device);

CREATE TEMP TABLE demo_photo ON COMMIT DROP AS
SELECT id FROM photo
 WHERE officer_id IN (SELECT id FROM demo_officer) OR device_id IN (SELECT id FROM demo_device)
    OR incident_id IN (SELECT id FROM demo_incident) OR checkpoint_visit_id IN (SELECT id FROM demo_visit);

-- accounts to re-attach after the reload (org units and officers keep their codes and badges)
CREATE TEMP TABLE demo_scoped_user ON COMMIT DROP AS
SELECT u.id AS user_id, o.code AS org_code
  FROM app_user u JOIN demo_org o ON o.id = u.org_unit_id;

CREATE TEMP TABLE demo_officer_login ON COMMIT DROP AS
SELECT badge_no, user_id FROM officer
 WHERE user_id IS NOT NULL AND id IN (SELECT id FROM demo_officer);

UPDATE app_user SET org_unit_id = NULL WHERE id IN (SELECT user_id FROM demo_scoped_user);

-- what the phones sent and what the engine and supervisors made of it
DELETE FROM clock_event
 WHERE officer_id IN (SELECT id FROM demo_officer) OR device_id IN (SELECT id FROM demo_device)
    OR selfie_photo_id IN (SELECT id FROM demo_photo);
DELETE FROM photo WHERE id IN (SELECT id FROM demo_photo);
DELETE FROM alarm_handling WHERE alarm_id IN (SELECT id FROM demo_alarm);
DELETE FROM alarm WHERE id IN (SELECT id FROM demo_alarm);
DELETE FROM checkpoint_visit WHERE id IN (SELECT id FROM demo_visit);
DELETE FROM incident WHERE id IN (SELECT id FROM demo_incident);
DELETE FROM heartbeat
 WHERE device_id IN (SELECT id FROM demo_device) OR officer_id IN (SELECT id FROM demo_officer);
-- fix has no foreign keys (ingest speed), so nothing else would catch the demo's fixes
DELETE FROM fix
 WHERE device_id IN (SELECT id FROM demo_device) OR officer_id IN (SELECT id FROM demo_officer);
DELETE FROM fix_seq WHERE device_id IN (SELECT id FROM demo_device);
DELETE FROM device_ack WHERE device_id IN (SELECT id FROM demo_device);
DELETE FROM officer_status WHERE officer_id IN (SELECT id FROM demo_officer);
UPDATE officer_status SET device_id = NULL WHERE device_id IN (SELECT id FROM demo_device);
DELETE FROM auth_token WHERE device_id IN (SELECT id FROM demo_device);

-- plans, checkpoints, assignments, rules
DELETE FROM patrol_plan_checkpoint
 WHERE checkpoint_id IN (SELECT id FROM demo_checkpoint) OR plan_id IN (SELECT id FROM demo_plan);
DELETE FROM patrol_plan WHERE id IN (SELECT id FROM demo_plan);
DELETE FROM checkpoint WHERE id IN (SELECT id FROM demo_checkpoint);
DELETE FROM assignment
 WHERE officer_id IN (SELECT id FROM demo_officer) OR squad_id IN (SELECT id FROM demo_org)
    OR grid_id IN (SELECT id FROM demo_grid) OR shift_id IN (SELECT id FROM demo_shift);

-- alarm_rule_set refuses to lose a rule set already in force (so past alarms keep their rules).
-- The demo's alarms are gone by now, so its rule sets may go too: as the owner of the table, this
-- transaction switches the guard off around its own delete; other sessions never see it off.
DO $reset$
BEGIN
    IF EXISTS (SELECT 1 FROM alarm_rule_set
                WHERE (org_unit_id IN (SELECT id FROM demo_org) OR grid_id IN (SELECT id FROM demo_grid))
                  AND valid_from <= now()) THEN
        BEGIN
            ALTER TABLE alarm_rule_set DISABLE TRIGGER alarm_rule_set_keep_past;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE EXCEPTION 'alarm rule sets in force belong to the demo bureau ${BUREAU_CODE}; only the owner of table alarm_rule_set can remove them (load as that role, or into a fresh database)';
        END;
        DELETE FROM alarm_rule_set
         WHERE org_unit_id IN (SELECT id FROM demo_org) OR grid_id IN (SELECT id FROM demo_grid);
        ALTER TABLE alarm_rule_set ENABLE TRIGGER alarm_rule_set_keep_past;
    ELSE
        DELETE FROM alarm_rule_set
         WHERE org_unit_id IN (SELECT id FROM demo_org) OR grid_id IN (SELECT id FROM demo_grid);
    END IF;
END
$reset$;

-- grids (grid_version goes with them), shifts (with their windows), holidays
DELETE FROM grid WHERE id IN (SELECT id FROM demo_grid);
DELETE FROM shift WHERE id IN (SELECT id FROM demo_shift);
DELETE FROM holiday WHERE org_unit_id IN (SELECT id FROM demo_org);

-- devices, officers (officer_squad_history and officer_status go with them), integration keys
DELETE FROM device WHERE id IN (SELECT id FROM demo_device);
DELETE FROM officer_squad_history WHERE squad_id IN (SELECT id FROM demo_org);
DELETE FROM officer WHERE id IN (SELECT id FROM demo_officer);
DELETE FROM api_key WHERE org_unit_id IN (SELECT id FROM demo_org);

-- the tree itself, in one statement (org_unit_history goes with it)
DELETE FROM org_unit WHERE id IN (SELECT id FROM demo_org);
