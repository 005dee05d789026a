-- V12: alarms the server itself acts on: escalation of unacknowledged alarms, and absences that end.

-- An escalation is recorded by the server's timer: it has no account behind it. Every other step
-- (acknowledge, handle) still names who did it.
ALTER TABLE alarm_handling ALTER COLUMN by_user_id DROP NOT NULL;
ALTER TABLE alarm_handling ADD CONSTRAINT alarm_handling_by_user
    CHECK (action = 'ESCALATE' OR by_user_id IS NOT NULL);
COMMENT ON COLUMN alarm_handling.by_user_id IS
    'Who acknowledged or handled it; NULL only for an escalation, which the server''s timer records.';

-- The timer asks every few seconds which alarms have waited too long for someone to acknowledge them.
CREATE INDEX alarm_escalation_due_idx ON alarm (raised_at) WHERE state = 'OPEN' AND escalated_at IS NULL;
COMMENT ON COLUMN alarm.escalated_at IS
    'When the alarm, still OPEN, was escalated to the supervisors of the squad''s parent unit; NULL if never.';

-- The absence timer ends ABSENT alarms whose shift is over; only the few still going on are looked at.
CREATE INDEX alarm_absence_going_on_idx ON alarm (officer_id) WHERE type = 'ABSENT' AND ended_at IS NULL;

-- The audit row of an escalation names the server as its actor (V9's function knew only people).
CREATE OR REPLACE FUNCTION alarm_handling_audit() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
    INSERT INTO audit_log (actor, actor_user_id, actor_address, action, target_type, target_id, summary)
    SELECT coalesce(u.username, 'user ' || NEW.by_user_id, 'system'), NEW.by_user_id,
           nullif(current_setting('gridpatrol.client_address', true), ''),
           'ALARM_' || NEW.action, 'alarm', NEW.alarm_id::text,
           jsonb_strip_nulls(jsonb_build_object('handlingId', NEW.id, 'disposition', NEW.disposition,
                                                'note', NEW.note, 'at', NEW.at))
      FROM (SELECT 1) one LEFT JOIN app_user u ON u.id = NEW.by_user_id;
    RETURN NULL;
END
$fn$;
