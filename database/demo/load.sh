#!/usr/bin/env bash
# Loads the demo district (蚌山区, bengshan.sql) into a migrated GridPatrol database as the
# application role, then prints what the bureau BS-340303 holds. Repeatable: each load replaces
# the previous demo (and whatever was done with it) in one transaction.
#
#   database/demo/load.sh --dir DIR              DIR: the folder given to database/pg-private.sh
#   database/demo/load.sh --dir DIR --sql FILE   load another script of the same kind
#
# Connection settings come from DIR/env (GP_DB_HOST, GP_DB_PORT, GP_DB_NAME, GP_DB_USER,
# GP_DB_PASSWORD), which is read, not executed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
die() { echo "load: $*" >&2; exit 1; }

dir=""
sql="$here/bengshan.sql"
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) [ $# -ge 2 ] || die "--dir needs a folder"; dir=$2; shift 2 ;;
    --sql) [ $# -ge 2 ] || die "--sql needs a file"; sql=$2; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
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

echo "load: $(basename "$sql") into $GP_DB_NAME on $GP_DB_HOST:$GP_DB_PORT as $GP_DB_USER" >&2
started=$(date +%s%N)
psql -X -q -v ON_ERROR_STOP=1 -f "$sql"
echo "load: done in $(( ($(date +%s%N) - started) / 1000000 )) ms" >&2

psql -X -q -v ON_ERROR_STOP=1 -P footer=off <<'SQL'
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
    (12, 'holidays and make-up days (2026)',    (SELECT count(*) FROM holiday WHERE org_unit_id IN (SELECT id FROM org)))
) AS c (ord, what, n)
ORDER BY ord;
SQL
roads="$here/roads.geojson"
if [ -f "$roads" ]; then
  echo "roads (in $(basename "$roads"), not in the database yet): $(grep -c '"type": "Feature"' "$roads")"
fi
