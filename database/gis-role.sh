#!/usr/bin/env bash
# Creates the read-only role gridpatrol_gis that GeoServer (or any map server of the bureau) uses to
# read the GIS views of V18 (gis_grid, gis_officer_position, gis_open_alarm, gis_track_yesterday) and
# nothing else. Run as the cluster's administrator: the application role cannot create roles.
# Repeatable; the password is kept in DIR/gis-secret (mode 600) and printed as GP_GIS_* lines.
#
#   database/gis-role.sh --dir DIR      DIR: the folder given to database/pg-private.sh
set -euo pipefail
die() { echo "gis-role: $*" >&2; exit 1; }
dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir=$2; shift 2 ;;
    *) die "unknown argument '$1'" ;;
  esac
done
[ -n "$dir" ] && [ -f "$dir/env" ] || die "--dir DIR of a started database/pg-private.sh cluster is required"
port=$(sed -n 's/^GP_DB_PORT=//p' "$dir/env")
socket=$(sed -n 's/^GP_DB_SOCKET_DIR=//p' "$dir/env")
admin=$(sed -n 's/^GP_DB_ADMIN=//p' "$dir/env")
db=$(sed -n 's/^GP_DB_NAME=//p' "$dir/env")
if [ ! -s "$dir/gis-secret" ]; then
  head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20 >"$dir/gis-secret"
  chmod 600 "$dir/gis-secret"
fi
password=$(cat "$dir/gis-secret")
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_owner psql -X -q -v ON_ERROR_STOP=1 -h "$socket" -p "$port" -U "$admin" -d "$db" <<SQL
DO \$\$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'gridpatrol_gis') THEN
        CREATE ROLE gridpatrol_gis LOGIN;
    END IF;
END
\$\$;
ALTER ROLE gridpatrol_gis LOGIN PASSWORD '$password';
GRANT CONNECT ON DATABASE $db TO gridpatrol_gis;
GRANT USAGE ON SCHEMA public TO gridpatrol_gis;
-- the views exist once V18 ran; before that, V18 grants the same itself when it finds the role
DO \$\$
BEGIN
    IF to_regclass('public.gis_grid') IS NOT NULL THEN
        GRANT SELECT ON gis_grid, gis_officer_position, gis_open_alarm, gis_track_yesterday TO gridpatrol_gis;
    END IF;
END
\$\$;
SQL
echo "GP_GIS_USER=gridpatrol_gis"
echo "GP_GIS_PASSWORD=$password"
