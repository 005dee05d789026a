#!/usr/bin/env bash
# End-to-end check of the delivery on this machine, as root: its SHA256SUMS, the bundled
# PostgreSQL packages (their dependencies resolve on a minimal Debian 12), then, unpacked into a
# clean prefix with a private PostgreSQL as the "existing" database: install.sh with an answers
# file, HTTPS health (checked against the printed fingerprint), a login with a one-time password,
# install.sh again (nothing changes), a phone's fixes raise an alarm, upgrade.sh to a bundle with
# one more migration (every row kept), an upgrade whose migration fails (rolled back), backup,
# uninstall (a final backup remains), restore onto a fresh install.
#
#   installer/src/test/e2e.sh [--offset N] [--keep] [--online]   after: mvn -o -q package -pl installer -am
#   (the desktop zip comes from gis-desktop/application: build it before, as mvn package does)
#
# It runs in a network namespace of its own with loopback only (unshare -n), as on a bureau's
# air-gapped server; --online runs it in the host's network. --keep leaves target/e2e in place
# (the private PostgreSQL is stopped either way).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
module=$(cd "$here/../.." && pwd)
root=$(cd "$module/.." && pwd)
offset=1900 keep=0 online=0
args=("$@")
while [ $# -gt 0 ]; do
  case "$1" in
    --offset) offset=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    --online) online=1; shift ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "e2e: unknown option $1" >&2; exit 2 ;;
  esac
done
[ "$(id -u)" = 0 ] || { echo "e2e: run as root" >&2; exit 1; }
if [ $online = 0 ] && [ -z "${GP_E2E_NETNS:-}" ]; then
  GP_E2E_NETNS=1 exec unshare -n bash -c 'ip link set lo up && exec "$0" "$@"' "$0" "${args[@]}"
fi
delivery=$module/target/delivery
bundle=$(ls "$delivery"/gridpatrol-server-*-linux-x64.tar.gz 2>/dev/null | head -1)
[ -n "$bundle" ] || { echo "e2e: no bundle; build it: mvn -o -q package -pl installer -am" >&2; exit 1; }

work=$module/target/e2e
prefix=$work/opt/gridpatrol
started=$SECONDS
step() { echo "e2e [$((SECONDS - started)) s] $*"; }
fail() { echo "e2e FAILED: $*" >&2; exit 1; }

cleanup() {
  [ -x "$prefix/server/gridpatrol-server.sh" ] && "$prefix/server/gridpatrol-server.sh" stop --prefix "$prefix" >/dev/null 2>&1 || true
  "$root/database/pg-private.sh" stop --dir "$work/pg" >/dev/null 2>&1 || true
  if [ $keep = 0 ]; then "$root/database/pg-private.sh" destroy --dir "$work/pg" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

if [ -n "${GP_E2E_NETNS:-}" ]; then
  curl -s --max-time 3 -o /dev/null https://repo1.maven.org/ && fail "the network namespace has a route out"
  step "in a network namespace with loopback only: no route out"
fi
step "clean prefix $work"
"$root/database/pg-private.sh" destroy --dir "$work/pg" >/dev/null 2>&1 || true
rm -rf "$work"; mkdir -p "$work/unpacked"
step "the delivery: one SHA256SUMS over the server bundle and the desktop"
(cd "$delivery" && sha256sum --quiet -c SHA256SUMS) || fail "the delivery's SHA256SUMS"
delivered=$(cd "$delivery" && ls | grep -v '^SHA256SUMS$' | sort | paste -sd' ')
summed=$(awk '{print $2}' "$delivery/SHA256SUMS" | sort | paste -sd' ')
[ "$delivered" = "$summed" ] || fail "SHA256SUMS covers '$summed', the delivery holds '$delivered'"
ls "$delivery"/gridpatrol-desktop-*.zip >/dev/null 2>&1 || fail "no gridpatrol-desktop-<version>.zip in $delivery"
echo "  $delivered"
tar -C "$work/unpacked" -xvzf "$bundle" >"$work/bundle-files"
dist=$(ls -d "$work"/unpacked/gridpatrol-server-*)
(cd "$dist" && sha256sum --quiet -c SHA256SUMS) || fail "SHA256SUMS inside the bundle"

step "the bundled PostgreSQL 15 / PostGIS 3 packages resolve on a minimal Debian 12"
[ ! -f "$dist/debs/NOT-BUNDLED.txt" ] || fail "the bundle has no PostgreSQL packages: $(head -1 "$dist/debs/NOT-BUNDLED.txt")"
grep -q '/debs/postgresql-15_.*\.deb$' "$work/bundle-files" || fail "no postgresql-15 package in the tarball"
grep -q '/debs/postgresql-15-postgis-3_.*\.deb$' "$work/bundle-files" || fail "no PostGIS package in the tarball"
"$module/debs.sh" --base-status "$work/minimal-status"
# shellcheck disable=SC1091
(bundle=$dist; . "$dist/lib/postgres-debs.sh"; bundled_debs_apt -s -o "Dir::State::status=$work/minimal-status") \
  >"$work/debs-simulate.log" 2>&1 || fail "the packages do not resolve: $(grep -v '^W:' "$work/debs-simulate.log" | tail -5)"
echo "  $(ls "$dist"/debs/*.deb | wc -l) packages ($(du -sh "$dist/debs" | cut -f1)): apt would install $(grep -c '^Inst' "$work/debs-simulate.log") onto a minimal Debian 12, nothing missing"

step "the existing PostgreSQL: a private cluster"
"$root/database/pg-private.sh" start --dir "$work/pg" >/dev/null
# shellcheck disable=SC1091
. "$work/pg/env"
admin_password=$(head -c 12 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')
runuser -u postgres -- psql -X -q -h "$GP_DB_SOCKET_DIR" -p "$GP_DB_PORT" -U "$GP_DB_ADMIN" -d postgres \
  -c "ALTER ROLE $GP_DB_ADMIN PASSWORD '$admin_password'"

cat >"$work/answers" <<ANSWERS
PREFIX=$prefix
SERVICE_USER=gridpatrol
SERVER_NAME=localhost
BIND_ADDRESS=127.0.0.1
PORT_OFFSET=$offset
DB_HOST=127.0.0.1
DB_PORT=$GP_DB_PORT
DB_NAME=gpbureau
DB_ADMIN_USER=$GP_DB_ADMIN
DB_ADMIN_PASSWORD=$admin_password
BACKUP_DIR=$work/backups
ANSWERS
https_port=$((8443 + offset))

step "preflight refuses a wrong database password and changes nothing"
sed "s/^DB_ADMIN_PASSWORD=.*/DB_ADMIN_PASSWORD=wrong/" "$work/answers" >"$work/answers.bad"
if "$dist/install.sh" --answers "$work/answers.bad" >"$work/install-bad.log" 2>&1; then fail "install with a wrong password passed"; fi
grep -q "cannot sign in" "$work/install-bad.log" || fail "no clear message: $(cat "$work/install-bad.log")"
[ ! -e "$prefix" ] || fail "a failed preflight created $prefix"

step "install.sh (first run)"
"$dist/install.sh" --answers "$work/answers" 2>&1 | tee "$work/install-1.log"
fingerprint=$(sed -n 's/.*certificate SHA-256: *//p' "$work/install-1.log")
[ -n "$fingerprint" ] || fail "no fingerprint printed"

step "HTTPS health, the certificate checked against the printed fingerprint"
served=$(echo | openssl s_client -connect "127.0.0.1:$https_port" -servername localhost 2>/dev/null \
  | openssl x509 -noout -fingerprint -sha256 | sed 's/.*=//')
[ "$served" = "$fingerprint" ] || fail "served certificate $served, printed $fingerprint"
curl -fsS --cacert "$prefix/etc/tls-ca.pem" "https://localhost:$https_port/api/v1/health" >/dev/null || fail "health over HTTPS"
curl -sSI --cacert "$prefix/etc/tls-ca.pem" "https://localhost:$https_port/api/v1/health" | grep -qi "^strict-transport-security" \
  || fail "no HSTS header"
if curl -s --max-time 3 -o /dev/null "http://127.0.0.1:$((8080 + offset))/api/v1/health"; then fail "plain HTTP answers"; fi
if curl -s --max-time 3 -o /dev/null --tls-max 1.1 -k "https://localhost:$https_port/api/v1/health"; then fail "TLS 1.1 accepted"; fi

[ -s "$prefix/log/server.log" ] || fail "no server.log under $prefix/log"
step "sign in with a one-time password: the server asks for a new one"
password=$(sed -n 's/^ *secadmin (SECURITY_ADMIN): //p' "$work/install-1.log")
[ -n "$password" ] || fail "no one-time password printed"
api() { curl -sS --cacert "$prefix/etc/tls-ca.pem" -H 'Content-Type: application/json' -o "$work/answer.json" \
  -w '%{http_code}' -d "$2" "https://localhost:$https_port/api/v1/$1"; }
code=$(api auth/login "{\"username\":\"secadmin\",\"password\":\"$password\"}")
[ "$code" = 403 ] && grep -q auth.password-change-required "$work/answer.json" \
  || fail "one-time password: expected 403 auth.password-change-required, got $code $(cat "$work/answer.json")"
code=$(api auth/password "{\"username\":\"secadmin\",\"password\":\"$password\",\"newPassword\":\"Bureau-Own-2026!\"}")
[ "$code" = 204 ] || fail "password change: $code $(cat "$work/answer.json")"
code=$(api auth/login '{"username":"secadmin","password":"Bureau-Own-2026!"}')
[ "$code" = 200 ] && grep -q '"token"' "$work/answer.json" || fail "login with the new password: $code $(cat "$work/answer.json")"
echo "  secadmin signed in with his own password after the one-time one"

step "install.sh again changes nothing"
snapshot() { (cd "$prefix" && find etc server/ -type f ! -path '*/standalone/tmp/*' ! -path '*/standalone/data/*' \
  ! -path '*/standalone/log/*' ! -path '*standalone_xml_history*' -print0 | sort -z | xargs -0 sha256sum); }
snapshot >"$work/before.sums"
accounts_before=$(PGPASSWORD=$admin_password psql -X -tA -h 127.0.0.1 -p "$GP_DB_PORT" -U "$GP_DB_ADMIN" -d gpbureau \
  -c "SELECT count(*) || '/' || max(updated_at) FROM app_user")
"$dist/install.sh" --answers "$work/answers" 2>&1 | tee "$work/install-2.log"
snapshot >"$work/after.sums"
diff "$work/before.sums" "$work/after.sums" || fail "the second run changed files"
grep -q "wrote\|created\|copying\|made a" "$work/install-2.log" && fail "the second run says it changed something"
accounts_after=$(PGPASSWORD=$admin_password psql -X -tA -h 127.0.0.1 -p "$GP_DB_PORT" -U "$GP_DB_ADMIN" -d gpbureau \
  -c "SELECT count(*) || '/' || max(updated_at) FROM app_user")
[ "$accounts_before" = "$accounts_after" ] || fail "accounts changed: $accounts_before -> $accounts_after"

step "the read-only GIS role reads and cannot write"
gis_password=$(sed -n 's/^GIS_PASSWORD=//p' "$prefix/etc/secrets")
PGPASSWORD=$gis_password psql -X -tA -h 127.0.0.1 -p "$GP_DB_PORT" -U gpbureau_gis -d gpbureau -c "SELECT count(*) FROM grid" >/dev/null \
  || fail "gpbureau_gis cannot read grid"
if PGPASSWORD=$gis_password psql -X -q -h 127.0.0.1 -p "$GP_DB_PORT" -U gpbureau_gis -d gpbureau \
  -c "DELETE FROM app_user" >/dev/null 2>&1; then fail "gpbureau_gis could delete"; fi

. "$here/e2e-upgrade.sh"

if [ -x "$prefix/server/backup.sh" ]; then
  step "backup, uninstall: a final backup, and the database remain"
  mkdir -p "$prefix/data/photos/2026/11"; echo "photo" >"$prefix/data/photos/2026/11/p1.jpg"
  "$prefix/server/backup.sh" --prefix "$prefix"
  backups_before=$(ls -1d "$work"/backups/gridpatrol-*Z | wc -l)
  "$prefix/server/uninstall.sh" --prefix "$prefix" --yes
  ls "$work"/backups/gridpatrol-*/database.dump >/dev/null 2>&1 || fail "no backup left after uninstall"
  [ "$(ls -1d "$work"/backups/gridpatrol-*Z | wc -l)" = $((backups_before + 1)) ] || fail "uninstall made no final backup"
  [ ! -d "$prefix/server" ] || fail "uninstall left the server"
  [ -n "$(PGPASSWORD=$admin_password psql -X -tA -h 127.0.0.1 -p "$GP_DB_PORT" -U "$GP_DB_ADMIN" -d postgres \
    -c "SELECT 1 FROM pg_database WHERE datname = 'gpbureau'")" ] || fail "uninstall dropped the database"

  step "restore the backup onto a fresh install (another prefix and database)"
  backup=$(ls -1d "$work"/backups/gridpatrol-*Z | sort | tail -1)
  sed -e "s|^PREFIX=.*|PREFIX=$work/opt/restored|" -e "s|^DB_NAME=.*|DB_NAME=gprestored|" "$work/answers" >"$work/answers.restored"
  "$dist/install.sh" --answers "$work/answers.restored" >"$work/install-3.log" 2>&1 || fail "fresh install: $(tail -5 "$work/install-3.log")"
  prefix=$work/opt/restored
  "$prefix/server/restore.sh" --prefix "$prefix" --from "$backup" --yes
  [ "$(cat "$prefix/data/photos/2026/11/p1.jpg")" = photo ] || fail "the photo was not restored"
  code=$(api auth/login '{"username":"secadmin","password":"Bureau-Own-2026!"}')
  [ "$code" = 200 ] || fail "after restore, secadmin's own password: $code $(cat "$work/answer.json")"
  echo "  restored: photos back, secadmin signs in with the password set before the backup"
fi
step "PASSED in $((SECONDS - started)) s"
