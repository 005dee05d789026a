#!/usr/bin/env bash
# Restores a backup made by backup.sh (恢复) into this installation, e.g. a fresh install on a
# new machine: the database content and the photos replace the current ones. The server is
# stopped meanwhile and must answer healthy afterwards. This installation keeps its own
# settings, passwords and certificate (config.tar.gz in the backup is there to read by hand).
#
#   restore.sh [--prefix DIR] --from BACKUP_DIR --yes
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib/common.sh
. "$here/lib/common.sh"

PREFIX=$(cd "$here/.." && pwd) from="" yes=0
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX=$2; shift 2 ;;
    --from) from=$2; shift 2 ;;
    --yes) yes=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
done
[ "$(id -u)" = 0 ] || die "run as root"
[ -n "$from" ] && [ -d "$from" ] || die "--from BACKUP_DIR: a folder made by backup.sh"
[ $yes = 1 ] || die "this replaces the database and photos of $PREFIX: confirm with --yes"
load_install_conf "$PREFIX/etc/install.conf"
(cd "$from" && sha256sum --quiet -c SHA256SUMS) || die "the backup in $from is damaged (SHA256SUMS)"
[ "$(cat "$from/VERSION")" = "$(cat "$server/VERSION")" ] \
  || say "note: backup of version $(cat "$from/VERSION"), installed $(cat "$server/VERSION"); the server migrates at start"

owner=${DB_NAME}_owner
if [ -f /etc/systemd/system/gridpatrol.service ] && command -v systemctl >/dev/null; then
  systemctl stop gridpatrol
else
  "$server/gridpatrol-server.sh" stop --prefix "$PREFIX"
fi

say "database $DB_NAME ..."
# Everything the owner role owns goes; PostGIS (the administrator's extension, with its table
# spatial_ref_sys) stays, so the dump's entries of the extension are left out of the restore.
owner_psql -c "DROP OWNED BY $owner"
list=$(mktemp)
pg_restore -l "$from/database.dump" | grep -v -e ' EXTENSION ' -e ' spatial_ref_sys ' >"$list"
# shellcheck disable=SC1091
. "$etc/secrets"
PGPASSWORD=$OWNER_PASSWORD pg_restore --no-owner --no-privileges --exit-on-error -L "$list" \
  -h "$DB_HOST" -p "$DB_PORT" -U "$owner" -d "$DB_NAME" "$from/database.dump"
rm -f "$list"
owner_psql <<SQL
GRANT SELECT ON ALL TABLES IN SCHEMA public TO ${DB_NAME}_gis;
ALTER DEFAULT PRIVILEGES FOR ROLE $owner IN SCHEMA public GRANT SELECT ON TABLES TO ${DB_NAME}_gis;
SQL

say "photos ..."
rm -rf "$data/photos.restoring"
mkdir -p "$data/photos.restoring"
tar -C "$data/photos.restoring" -xzf "$from/photos.tar.gz"
rm -rf "$data/photos"
mv "$data/photos.restoring/photos" "$data/photos"
rmdir "$data/photos.restoring"
[ "$SERVICE_USER" = root ] || chown -R "$SERVICE_USER:" "$data/photos"

if [ -f /etc/systemd/system/gridpatrol.service ] && command -v systemctl >/dev/null; then
  systemctl start gridpatrol
else
  "$server/gridpatrol-server.sh" start --prefix "$PREFIX"
fi
started=$SECONDS
until health_up; do
  [ $((SECONDS - started)) -lt 300 ] || die "no healthy answer after 5 minutes; see $logs/server.log"
  sleep 2
done
say "restored $from; healthy after $((SECONDS - started)) s"
