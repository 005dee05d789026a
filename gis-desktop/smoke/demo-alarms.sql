-- A few alarms of the demo district for the desktop smoke run (the event stream and the
-- simulator make real ones). Repeatable: removes what an earlier run of this file made.
BEGIN;
DELETE FROM alarm_handling WHERE alarm_id IN (SELECT id FROM alarm WHERE evidence ? 'smoke');
DELETE FROM alarm WHERE evidence ? 'smoke';
INSERT INTO alarm (type, officer_id, grid_id, org_unit_id, state, started_at, ended_at, reason, disposition, evidence)
SELECT a.type, o.id, a.grid_id, o.squad_id, a.state, now() - a.started, now() - a.ended, a.reason, a.disposition,
       '{"smoke": true}'::jsonb
FROM (VALUES
  ('BS0003', 'CROSS_ZONE',    100012::bigint, 'OPEN',         interval '6 min',  NULL::interval,    '进入他人网格', NULL),
  ('BS0011', 'OFF_POST',      NULL,           'OPEN',         interval '14 min', NULL,              '离开责任网格 180 m', NULL),
  ('BS0027', 'STILL',         NULL,           'ACKNOWLEDGED', interval '41 min', NULL,              '50 m 范围内停留 41 分钟', NULL),
  ('BS0034', 'LOST_CONTACT',  NULL,           'OPEN',         interval '23 min', NULL,              '最后原因: 电量低 (8%)', NULL),
  ('BS0042', 'FAKE_LOCATION', NULL,           'HANDLED',      interval '95 min', interval '93 min', '模拟定位标志 (mock provider)', 'CONFIRMED'),
  ('BS0050', 'OFF_POST',      NULL,           'HANDLED',      interval '150 min', interval '128 min', '离开责任网格 420 m', 'EXCUSED'),
  ('BS0058', 'CROSS_ZONE',    100040,         'ACKNOWLEDGED', interval '62 min', interval '51 min', '进入他人网格', NULL),
  ('BS0066', 'STILL',         NULL,           'HANDLED',      interval '200 min', interval '160 min', '50 m 范围内停留 40 分钟', 'FALSE_ALARM')
) AS a(badge, type, grid_id, state, started, ended, reason, disposition)
JOIN officer o ON o.badge_no = a.badge;
-- BS0034 (not walked by the demo's simulator) last reported 25 minutes ago from his squad's first grid, his
-- battery low: the map shows him there, silent, beside his lost-contact alarm
INSERT INTO officer_status AS s (officer_id, last_fix_time, last_fix_lon, last_fix_lat, last_fix_accuracy_m,
                                 last_battery_pct, last_contact_at)
SELECT o.id, now() - interval '25 min', ST_X(x.p), ST_Y(x.p), 8, 8, now() - interval '24 min'
FROM officer o,
     LATERAL (SELECT ST_PointOnSurface(g.geom) AS p FROM grid g
               WHERE g.org_unit_id = o.squad_id AND g.retired_at IS NULL ORDER BY g.id LIMIT 1) x
WHERE o.badge_no = 'BS0034'
ON CONFLICT (officer_id) DO UPDATE SET
  last_fix_time = EXCLUDED.last_fix_time, last_fix_lon = EXCLUDED.last_fix_lon, last_fix_lat = EXCLUDED.last_fix_lat,
  last_fix_accuracy_m = EXCLUDED.last_fix_accuracy_m, last_battery_pct = EXCLUDED.last_battery_pct,
  last_contact_at = EXCLUDED.last_contact_at
WHERE s.last_fix_time IS NULL OR s.last_fix_time < EXCLUDED.last_fix_time;
COMMIT;
