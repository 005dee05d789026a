-- V19: escalation climbs the org tree. An alarm still unacknowledged one escalation period after it
-- reached the squad's parent unit goes one level higher (brigade ▸ bureau), and so on up to the root.

ALTER TABLE alarm
    ADD COLUMN escalation_level smallint NOT NULL DEFAULT 0 CHECK (escalation_level >= 0),
    ADD COLUMN escalated_to     bigint REFERENCES org_unit (id);
COMMENT ON COLUMN alarm.escalation_level IS
    'How many times the alarm was escalated: 0 never, 1 to the squad''s parent unit, 2 to the unit above, ...';
COMMENT ON COLUMN alarm.escalated_to IS
    'The org unit whose supervisors the latest escalation went to; NULL if never escalated.';
COMMENT ON COLUMN alarm.escalated_at IS
    'When the alarm, still OPEN, was last escalated (see escalation_level, escalated_to); NULL if never.';

-- alarms escalated before this migration went to the squad's parent unit
UPDATE alarm a SET escalation_level = 1, escalated_to = u.parent_id
  FROM org_unit u
 WHERE u.id = a.org_unit_id AND a.escalated_at IS NOT NULL AND u.parent_id IS NOT NULL;

CREATE INDEX alarm_escalated_to_idx ON alarm (escalated_to);
-- the sweep asks for open alarms whose last step (raised, or last escalated) is older than the period
DROP INDEX alarm_escalation_due_idx;
CREATE INDEX alarm_escalation_due_idx ON alarm ((coalesce(escalated_at, raised_at))) WHERE state = 'OPEN';
