-- The demo street network: the whole streets of roads.geojson (psql variable roads_file) noded at
-- every junction into segments with source/target junction ids (pgRouting's edge table), into the
-- road table, replacing what was there. Refuses to load a network that is not connected, since
-- routes between its parts could not be found. Run by load.sh after the district.
\set ON_ERROR_STOP 1
\set roads `cat :roads_file`
BEGIN;

CREATE TEMP TABLE street ON COMMIT DROP AS
SELECT (f -> 'properties' ->> 'id')::bigint AS ref, f -> 'properties' ->> 'name' AS name,
       coalesce(f -> 'properties' ->> 'kind', 'STREET') AS kind,
       ST_SetSRID(ST_GeomFromGeoJSON(f ->> 'geometry'), 4326) AS geom
  FROM jsonb_array_elements((:'roads')::jsonb -> 'features') AS f;

-- A street ending on another (a T-junction) ends a few nanodegrees off its line, which noding would
-- miss: each street first takes the ends of the others that touch it (within 1e-6°, ~0.1 m) as vertices.
CREATE TEMP TABLE snapped ON COMMIT DROP AS
SELECT s.ref, coalesce(ST_Snap(s.geom, (SELECT ST_Collect(e.p) FROM (
           SELECT ST_StartPoint(o.geom) AS p FROM street o WHERE o.ref <> s.ref
           UNION ALL SELECT ST_EndPoint(o.geom) FROM street o WHERE o.ref <> s.ref) AS e
         WHERE ST_DWithin(e.p, s.geom, 1e-6)), 1e-6), s.geom) AS geom
  FROM street s;

-- ST_Node splits the lines wherever they cross or share a vertex; each piece then finds its street
CREATE TEMP TABLE piece ON COMMIT DROP AS
SELECT d.geom, (SELECT s.ref FROM snapped s WHERE ST_DWithin(s.geom, ST_LineInterpolatePoint(d.geom, 0.5), 1e-7)
                 ORDER BY s.ref LIMIT 1) AS ref
  FROM (SELECT (ST_Dump(ST_Node(ST_Collect(geom)))).geom FROM snapped) AS d
 WHERE ST_Length(d.geom) > 0;

CREATE TEMP TABLE junction ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY key) AS id, key
  FROM (SELECT ST_AsEWKB(ST_StartPoint(geom)) AS key FROM piece
        UNION SELECT ST_AsEWKB(ST_EndPoint(geom)) FROM piece) AS v;

DELETE FROM road;
INSERT INTO road (name, kind, geom, length_m, source, target, street_ref)
SELECT s.name, s.kind, p.geom, ST_Length(p.geom::geography), a.id, b.id, p.ref
  FROM piece p
  JOIN street s ON s.ref = p.ref
  JOIN junction a ON a.key = ST_AsEWKB(ST_StartPoint(p.geom))
  JOIN junction b ON b.key = ST_AsEWKB(ST_EndPoint(p.geom));

-- one connected network: every junction reachable from the first
DO $check$
DECLARE
    reached bigint;
    total bigint;
BEGIN
    WITH RECURSIVE reach (v) AS (
        SELECT min(source) FROM road
        UNION
        SELECT CASE WHEN r.source = reach.v THEN r.target ELSE r.source END
          FROM road r JOIN reach ON reach.v IN (r.source, r.target))
    SELECT count(*) INTO reached FROM reach;
    SELECT count(*) INTO total FROM (SELECT source FROM road UNION SELECT target FROM road) AS j;
    IF reached <> total THEN
        RAISE EXCEPTION 'the street network falls apart: % of % junctions reachable from the first', reached, total;
    END IF;
END
$check$;

COMMIT;
