#!/usr/bin/env bash
# Removes the GridPatrol server (卸载): stops it, removes the service and the files under PREFIX.
# First it makes a final backup; the database and the backups stay, unless --purge, which also
# drops the database and its roles (with the administrator of the answers file) and deletes the
# backups.
#
#   uninstall.sh [--prefix DIR] --yes [--purge --answers FILE]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib/common.sh
. "$here/lib/common.sh"

PREFIX=$(cd "$here/.." && pwd) yes=0 purge=0 answers=""
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX=$2; shift 2 ;;
    --yes) yes=1; shift ;;
    --purge) purge=1; shift ;;
    --answers) answers=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
done
[ "$(id -u)" = 0 ] || die "run as root"
[ $yes = 1 ] || die "this removes GridPatrol from $PREFIX: confirm with --yes"
[ $purge = 0 ] || [ -f "$answers" ] || die "--purge needs --answers FILE (the database administrator)"
load_install_conf "$PREFIX/etc/install.conf"
# the scripts run from PREFIX/server, which goes: keep what is needed outside it
work=$(mktemp -d)
cp -r "$here/lib" "$here/backup.sh" "$work/"

if [ $purge = 0 ]; then "$work/backup.sh" --prefix "$PREFIX" --keep 1000; fi
if [ -f /etc/systemd/system/gridpatrol.service ] && command -v systemctl >/dev/null; then
  systemctl disable --now --quiet gridpatrol 2>/dev/null || true
  rm -f /etc/systemd/system/gridpatrol.service
  systemctl daemon-reload 2>/dev/null || true
fi
"$server/gridpatrol-server.sh" stop --prefix "$PREFIX" || true

if [ $purge = 1 ]; then
  # shellcheck disable=SC1090
  . "$answers"
  admin_psql -d postgres -c "DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE)"
  admin_psql -d postgres -c "DROP ROLE IF EXISTS ${DB_NAME}_app, ${DB_NAME}_gis, ${DB_NAME}_owner"
  rm -rf "$backups"
  say "dropped database $DB_NAME and its roles; deleted $backups"
fi
rm -rf "$PREFIX"
if [ "$SERVICE_USER" != root ] && id "$SERVICE_USER" >/dev/null 2>&1; then userdel "$SERVICE_USER"; fi
rm -rf "$work"
if [ $purge = 0 ]; then
  say "removed $PREFIX. Kept: database $DB_NAME on $DB_HOST:$DB_PORT and the backups in $backups"
else
  say "removed $PREFIX"
fi
