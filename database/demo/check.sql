-- Checks of the loaded demo district (bureau BS-340303): validity, codes, tiling of the unit grids.
-- Read-only. Run after load.sh, e.g.
--   database/pg-private.sh psql --dir DIR -q -f database/demo/check.sql
-- Expected: valid true; codes 15 digits and distinct; no pair whose interiors meet; pairwise
-- intersection area 0; the union one polygon without interior rings, its area the sum of the grids'.
\pset footer off
WITH demo AS (
    SELECT g.* FROM grid g JOIN org_unit o ON o.id = g.org_unit_id
     WHERE o.path LIKE (SELECT path FROM org_unit WHERE code = 'BS-340303') || '%'
), unit AS (SELECT * FROM demo WHERE kind = 'UNIT_GRID'),
pairs AS (
    SELECT a.id AS a, b.id AS b, ST_Intersection(a.geom, b.geom) AS x,
           ST_Relate(a.geom, b.geom, '2********') AS interiors_meet
      FROM unit a JOIN unit b ON a.id < b.id AND ST_Intersects(a.geom, b.geom)
), u AS (SELECT ST_Union(geom) AS geom FROM unit)
SELECT 'all demo grids valid (unit + key)'              AS "check", (SELECT bool_and(ST_IsValid(geom)) FROM demo)::text AS result
UNION ALL SELECT 'grids (unit, key areas)', (SELECT count(*) FILTER (WHERE kind = 'UNIT_GRID') || ', ' || count(*) FILTER (WHERE kind = 'KEY_AREA') FROM demo)
UNION ALL SELECT 'unit codes: 15 digits / distinct / all', (SELECT count(*) FILTER (WHERE code ~ '^340303[0-9]{9}$') || ' / ' || count(DISTINCT code) || ' / ' || count(*) FROM unit)
UNION ALL SELECT 'touching pairs of unit grids', (SELECT count(*)::text FROM pairs)
UNION ALL SELECT 'pairs whose interiors meet (ST_Relate 2********)', (SELECT count(*) FILTER (WHERE interiors_meet)::text FROM pairs)
UNION ALL SELECT 'sum of pairwise intersection areas, m² (geography)', (SELECT coalesce(sum(ST_Area(x::geography)), 0)::text FROM pairs)
UNION ALL SELECT 'shared border length, km', (SELECT round((sum(ST_Length(x::geography)) / 1000)::numeric, 3)::text FROM pairs)
UNION ALL SELECT 'union: type, parts, interior rings', (SELECT ST_GeometryType(geom) || ', ' || ST_NumGeometries(geom) || ', ' ||
                                                           ST_NumInteriorRings(ST_GeometryN(geom, 1)) FROM u)
UNION ALL SELECT 'area: union vs sum of grids, m² (geography)', (SELECT round(ST_Area(u.geom::geography)::numeric, 1) || ' vs ' ||
                                                           round(sum(area_m2)::numeric, 1) FROM u, unit GROUP BY u.geom)
UNION ALL SELECT 'unit grid side √area, m (min..max)', (SELECT round(min(sqrt(area_m2))) || '..' || round(max(sqrt(area_m2))) FROM unit)
UNION ALL SELECT 'vertices per unit grid (min..avg..max)', (SELECT min(ST_NPoints(geom)) || '..' || round(avg(ST_NPoints(geom))) || '..' || max(ST_NPoints(geom)) FROM unit)
UNION ALL SELECT 'checkpoints inside their grid by ≥ radius', (SELECT count(*) FILTER (WHERE ST_Within(c.geom, g.geom)
                                                           AND ST_Distance(c.geom::geography, ST_Boundary(g.geom)::geography) >= c.radius_m) || ' of ' || count(*)
                                                           FROM checkpoint c JOIN unit g ON g.id = c.grid_id)
UNION ALL SELECT 'key areas overlapping unit grids', (SELECT count(DISTINCT k.id)::text FROM demo k JOIN unit g ON ST_Relate(k.geom, g.geom, '2********') WHERE k.kind = 'KEY_AREA')
UNION ALL SELECT 'grid_version rows (by trigger) / org paths set', (SELECT count(*) FROM grid_version WHERE grid_id IN (SELECT id FROM demo)) || ' / ' ||
                                                           (SELECT count(*) FROM org_unit WHERE path LIKE (SELECT path FROM org_unit WHERE code = 'BS-340303') || '%');
