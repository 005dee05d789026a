-- Views that GeoServer (or any OGC server of the bureau) publishes as layers of the city's "一张图":
-- grids, officers' last positions, open alarms and yesterday's tracks. Plain views over the live tables,
-- geometry in EPSG:4326, no personal data beyond badge number and name.
--
-- They are read through a role of their own, gridpatrol_gis, that may SELECT these views and nothing
-- else. The role is created by the demo (database/gis-role.sh) and the installer as the cluster's
-- administrator: the application role that runs this migration cannot create roles. So the GRANT below
-- happens only when the role already exists; when it does not, gis-role.sh grants the same when it
-- creates the role later. Either order ends with the same privileges.

CREATE VIEW gis_grid AS
SELECT g.id, g.kind, g.name, g.code, o.code AS org_code, o.name AS org_name,
       round(g.area_m2::numeric, 1) AS area_m2, g.geom
FROM grid g
JOIN org_unit o ON o.id = g.org_unit_id
WHERE g.retired_at IS NULL;
COMMENT ON VIEW gis_grid IS 'Live grids for OGC publishing (GeoServer layer gridpatrol:gis_grid).';

CREATE VIEW gis_officer_position AS
SELECT s.officer_id AS id, f.badge_no, f.name, o.code AS squad_code, s.last_fix_time AS fix_time,
       s.last_fix_accuracy_m AS accuracy_m, s.clocked_in,
       ST_SetSRID(ST_MakePoint(s.last_fix_lon, s.last_fix_lat), 4326)::geometry(Point, 4326) AS geom
FROM officer_status s
JOIN officer f ON f.id = s.officer_id
JOIN org_unit o ON o.id = f.squad_id
WHERE s.last_fix_lon IS NOT NULL AND s.last_fix_lat IS NOT NULL AND f.active;
COMMENT ON VIEW gis_officer_position IS 'Each active officer''s last known position (layer gridpatrol:gis_officer_position).';

CREATE VIEW gis_open_alarm AS
SELECT a.id, a.type, a.state, a.started_at, f.badge_no, f.name AS officer_name, a.grid_id,
       ST_SetSRID(ST_MakePoint(s.last_fix_lon, s.last_fix_lat), 4326)::geometry(Point, 4326) AS geom
FROM alarm a
JOIN officer f ON f.id = a.officer_id
JOIN officer_status s ON s.officer_id = a.officer_id
WHERE a.state <> 'HANDLED' AND a.ended_at IS NULL AND s.last_fix_lon IS NOT NULL;
COMMENT ON VIEW gis_open_alarm IS
    'Alarms still open (not ended, not handled), placed at the officer''s last position (layer gridpatrol:gis_open_alarm).';

-- Yesterday in the server's time zone (the bureau's), one line per officer and device.
CREATE VIEW gis_track_yesterday AS
SELECT x.officer_id AS id, f.badge_no, f.name, x.fixes, x.first_fix, x.last_fix, x.geom
FROM (SELECT officer_id, count(*) AS fixes, min(fix_time) AS first_fix, max(fix_time) AS last_fix,
             ST_MakeLine(ST_SetSRID(ST_MakePoint(lon, lat), 4326) ORDER BY fix_time)::geometry(LineString, 4326) AS geom
      FROM fix
      WHERE fix_time >= current_date - 1 AND fix_time < current_date
      GROUP BY officer_id
      HAVING count(*) > 1) x
JOIN officer f ON f.id = x.officer_id;
COMMENT ON VIEW gis_track_yesterday IS 'Each officer''s track of yesterday as one line (layer gridpatrol:gis_track_yesterday).';

DO $grant$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gridpatrol_gis') THEN
        GRANT SELECT ON gis_grid, gis_officer_position, gis_open_alarm, gis_track_yesterday TO gridpatrol_gis;
    END IF;
END
$grant$;
