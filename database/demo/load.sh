#!/usr/bin/env bash
# Loads the demo district (蚌山区, bengshan.sql) into a migrated GridPatrol database as the
# application role, then prints what the bureau BS-340303 holds. Repeatable: each load replaces
# the previous demo (and whatever was done with it) in one transaction.
#
#   database/demo/load.sh --dir DIR              DIR: the folder given to database/pg-private.sh
#   database/demo/load.sh --dir DIR --sql FILE   load another script of the same kind
#   database/demo/load.sh --dir DIR --summary    print one line instead of the table
#
# Connection settings come from DIR/env (GP_DB_HOST, GP_DB_PORT, GP_DB_NAME, GP_DB_USER,
# GP_DB_PASSWORD), which is read, not executed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
die() { echo "load: $*" >&2; exit 1; }

dir=""
sql="$here/bengshan.sql"
summary=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) [ $# -ge 2 ] || die "--dir needs a folder"; dir=$2; shift 2 ;;
    --sql) [ $# -ge 2 ] || die "--sql needs a file"; sql=$2; shift 2 ;;
    --summary) summary=1; shift ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done
[ -n "$dir" ] || die "--dir DIR is required (the folder of database/pg-private.sh; see --help)"
[ -f "$dir/env" ] || die "no $dir/env: start the cluster first (database/pg-private.sh start --dir $dir)"
[ -f "$sql" ] || die "no such file: $sql"
command -v psql >/dev/null || die "psql is missing (Debian: apt-get install postgresql-client-15)"

GP_DB_HOST="" GP_DB_PORT="" GP_DB_NAME="" GP_DB_USER="" GP_DB_PASSWORD=""
while IFS='=' read -r key value; do
  case "$key" in
    GP_DB_HOST|GP_DB_PORT|GP_DB_NAME|GP_DB_USER|GP_DB_PASSWORD) printf -v "$key" '%s' "$value" ;;
  esac
done <"$dir/env"
for key in GP_DB_HOST GP_DB_PORT GP_DB_NAME GP_DB_USER GP_DB_PASSWORD; do
  [ -n "${!key}" ] || die "$dir/env does not set $key"
done
export PGHOST=$GP_DB_HOST PGPORT=$GP_DB_PORT PGDATABASE=$GP_DB_NAME PGUSER=$GP_DB_USER PGPASSWORD=$GP_DB_PASSWORD
export PGCLIENTENCODING=UTF8 PGAPPNAME=gridpatrol-demo-load

[ -n "$summary" ] || echo "load: $(basename "$sql") into $GP_DB_NAME on $GP_DB_HOST:$GP_DB_PORT as $GP_DB_USER" >&2
started=$(date +%s%N)
psql -X -q -v ON_ERROR_STOP=1 -f "$sql"
roads="$here/roads.geojson"
if [ "$sql" = "$here/bengshan.sql" ] && [ -f "$roads" ]; then
  # the streets, noded into a routing network (roads.sql refuses one that falls apart)
  psql -X -q -v ON_ERROR_STOP=1 -v roads_file="$roads" -f "$here/roads.sql"
fi
took_ms=$(( ($(date +%s%N) - started) / 1000000 ))
[ -n "$summary" ] || echo "load: done in $took_ms ms" >&2

# the table, or in summary mode "count what" lines joined into one
if [ -n "$summary" ]; then
  table_opts=(-A -t -F '|')
else
  table_opts=(-P footer=off)
fi
counts=$(psql -X -q -v ON_ERROR_STOP=1 "${table_opts[@]}" <<'SQL'
WITH org AS (
    SELECT o.id, o.kind FROM org_unit o
     WHERE o.path LIKE (SELECT path FROM org_unit WHERE code = 'BS-340303') || '%'
), grids AS (
    SELECT g.* FROM grid g WHERE g.org_unit_id IN (SELECT id FROM org) AND g.retired_at IS NULL
), officers AS (
    SELECT f.id FROM officer f WHERE f.squad_id IN (SELECT id FROM org)
)
SELECT what AS "demo district BS-340303", n AS count FROM (VALUES
    (1, 'org units (bureau, brigades, squads)', (SELECT count(*) FROM org)),
    (2, 'squads',                               (SELECT count(*) FROM org WHERE kind = 'SQUAD')),
    (3, 'unit grids',                           (SELECT count(*) FROM grids WHERE kind = 'UNIT_GRID')),
    (4, 'key areas',                            (SELECT count(*) FROM grids WHERE kind = 'KEY_AREA')),
    (5, 'unit grid area, ha',                   (SELECT round(sum(area_m2) / 1e4)::bigint FROM grids WHERE kind = 'UNIT_GRID')),
    (6, 'checkpoints',                          (SELECT count(*) FROM checkpoint WHERE grid_id IN (SELECT id FROM grids))),
    (7, 'officers',                             (SELECT count(*) FROM officers)),
    (8, 'devices',                              (SELECT count(*) FROM device WHERE officer_id IN (SELECT id FROM officers))),
    (9, 'assignments',                          (SELECT count(*) FROM assignment WHERE officer_id IN (SELECT id FROM officers))),
    (10, 'shifts',                              (SELECT count(*) FROM shift WHERE org_unit_id IN (SELECT id FROM org))),
    (11, 'shift windows',                       (SELECT count(*) FROM shift_window WHERE shift_id IN
                                                    (SELECT id FROM shift WHERE org_unit_id IN (SELECT id FROM org)))),
    (12, 'holidays and make-up days (2026)',    (SELECT count(*) FROM holiday WHERE org_unit_id IN (SELECT id FROM org))),
    (13, 'officer accounts (role OFFICER)',     (SELECT count(*) FROM officer f JOIN app_user u ON u.id = f.user_id AND u.active
                                                   JOIN user_role ur ON ur.user_id = u.id JOIN role r ON r.id = ur.role_id
                                                  WHERE f.id IN (SELECT id FROM officers) AND r.code = 'OFFICER')),
    (14, 'supervisor accounts (role SUPERVISOR)', (SELECT count(*) FROM app_user u JOIN user_role ur ON ur.user_id = u.id
                                                   JOIN role r ON r.id = ur.role_id
                                                  WHERE u.org_unit_id IN (SELECT id FROM org) AND u.active AND r.code = 'SUPERVISOR'))
) AS c (ord, what, n)
ORDER BY ord;
SQL
)
road_count=$(psql -X -q -A -t -c "SELECT count(DISTINCT street_ref) || ' streets in ' || count(*) || ' segments, '
  || round((coalesce(sum(length_m), 0) / 1000)::numeric, 1) || ' km' FROM road")
if [ -n "$summary" ]; then
  # "org units (bureau, brigades, squads)|9" → "9 org units"; derived rows left out
  line=$(printf '%s\n' "$counts" | awk -F'|' '$1 !~ /^(squads|unit grid area, ha|shift windows)$/ {
      what = $1; sub(/ \(.*\)$/, "", what); printf "%s%s %s", (n++ ? ", " : ""), $2, what }')
  echo "demo district BS-340303 loaded in $took_ms ms: $line, roads: $road_count"
else
  printf '%s\n' "$counts"
  echo "road network (from $(basename "$roads")): $road_count"
fi
