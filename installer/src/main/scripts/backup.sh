#!/usr/bin/env bash
# Backs up a GridPatrol installation (备份): the database (pg_dump custom format), the photos
# and the configuration, into BACKUP_DIR/gridpatrol-<UTC time>/ with a SHA256SUMS file.
# Keeps the newest N backups (default 7) and deletes older ones. The server may keep running.
#
#   backup.sh [--prefix DIR] [--keep N]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib/common.sh
. "$here/lib/common.sh"

PREFIX=$(cd "$here/.." && pwd) keep=7
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
done
[[ $keep =~ ^[1-9][0-9]*$ ]] || die "--keep needs a number of at least 1"
load_install_conf "$PREFIX/etc/install.conf"
command -v pg_dump >/dev/null || die "pg_dump is missing (apt-get install postgresql-client-15)"

target=$backups/gridpatrol-$(date -u +%Y%m%dT%H%M%SZ)
# two backups within one second (uninstall right after a backup): wait for a name of its own
while [ -e "$target" ]; do sleep 1; target=$backups/gridpatrol-$(date -u +%Y%m%dT%H%M%SZ); done
mkdir -p "$target.partial"
# shellcheck disable=SC1091
. "$etc/secrets"
say "database $DB_NAME ..."
PGPASSWORD=$OWNER_PASSWORD pg_dump -Fc -h "$DB_HOST" -p "$DB_PORT" -U "${DB_NAME}_owner" -d "$DB_NAME" \
  -f "$target.partial/database.dump"
say "photos ..."
tar -C "$data" -czf "$target.partial/photos.tar.gz" photos
tar -C "$PREFIX" -czf "$target.partial/config.tar.gz" etc
cp "$server/VERSION" "$target.partial/VERSION"
(cd "$target.partial" && sha256sum database.dump photos.tar.gz config.tar.gz VERSION >SHA256SUMS)
chmod -R go-rwx "$target.partial"
# a backup appears under its final name only when complete
mv "$target.partial" "$target"
say "backup: $target ($(du -sh "$target" | cut -f1))"

mapfile -t old < <(ls -1d "$backups"/gridpatrol-*Z 2>/dev/null | sort -r | tail -n +$((keep + 1)))
for dir in "${old[@]}"; do rm -rf "$dir"; say "deleted old backup $dir (keeping $keep)"; done
