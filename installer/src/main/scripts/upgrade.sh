#!/usr/bin/env bash
# Upgrades an installed GridPatrol server (升级) to the version of this unpacked bundle, offline.
#
#   upgrade.sh [--prefix DIR]
#
# 1. the new version goes into PREFIX/versions/VERSION and is configured, while the old one
# still serves; 2. the service stops; 3. a backup (backup.sh: database, photos, configuration);
# 4. PREFIX/server switches to the new version; 5. the database migrations run; 6. the service
# starts and must answer healthy. If step 1 fails, nothing has changed. If any later step fails,
# it rolls back: the previous version, its configuration and the database of the backup,
# started and checked; then it exits with an error. With the version installed already it only
# makes sure the server runs. The previous version's folder stays for a manual return.
set -euo pipefail
bundle=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib/common.sh
. "$bundle/lib/common.sh"

PREFIX=/opt/gridpatrol
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option $1" ;;
  esac
done
[ "$(id -u)" = 0 ] || die "run as root (sudo $0 ...)"
load_install_conf "$PREFIX/etc/install.conf"
version=$(cat "$bundle/VERSION")
previous=$(cat "$server/VERSION")
# shellcheck source=lib/install-steps.sh
. "$bundle/lib/install-steps.sh"
# shellcheck source=lib/upgrade-steps.sh
. "$bundle/lib/upgrade-steps.sh"

if [ "$previous" = "$version" ]; then
  say "GridPatrol $version is installed already: nothing to upgrade"
  start_and_wait
  exit 0
fi
[ -L "$server" ] || die "$server is not a link to versions/: an installation older than this upgrade; reinstall"
command -v pg_dump >/dev/null || die "pg_dump is missing (apt-get install postgresql-client-15)"
say "upgrading GridPatrol $previous -> $version in $PREFIX"

work=$(mktemp -d)
cp -a "$etc" "$work/etc"
staged=$PREFIX/versions/$version
phase=staging
trap 'status=$?; trap - EXIT; [ $status = 0 ] && exit 0; undo "$phase"' EXIT

# 1. beside the running version: its files, settings and server configuration
unpack_version
server=$staged
write_settings
create_user
setup_tls
layout

# 2.-6. the service is down from here until the new (or, on failure, the old) version is healthy
phase=stopped
stop_server
"$server/backup.sh" --prefix "$PREFIX" | tee "$logs/upgrade-backup.log"
backup=$(sed -n 's/.*backup: \(.*\) (.*/\1/p' "$logs/upgrade-backup.log" | tail -1)
[ -d "$backup" ] || die "the backup failed"
phase=switched
switch_to "$version"
layout
run_migrations
start_and_wait
trap - EXIT
rm -rf "$work"

# keep the version that ran before for a manual return; older ones go
for dir in "$PREFIX"/versions/*; do
  case "$(basename "$dir")" in "$version"|"$previous") ;; *) rm -rf "$dir"; say "removed old version $dir" ;; esac
done
say "GridPatrol $version is running (was $previous). Backup made before the upgrade: $backup"
