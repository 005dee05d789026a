# Part of e2e.sh (sourced after the first install): a phone's fixes raise an alarm; upgrade.sh to
# a bundle with one more migration keeps every row and applies it; an upgrade whose migration
# fails rolls back to the running version and its data. The extra migrations are fixtures of
# this test, written into copies of the unpacked bundle only: no release carries them.
# shellcheck shell=bash

db() { PGPASSWORD=$admin_password psql -X -tA -h 127.0.0.1 -p "$GP_DB_PORT" -U "$GP_DB_ADMIN" -d gpbureau -c "$1"; }
# METHOD PATH TOKEN [JSON]: the answer in $work/answer.json, the HTTP status on stdout
authed() {
  local body=(); [ $# -lt 4 ] || body=(-H 'Content-Type: application/json' -d "$4")
  curl -sS --cacert "$prefix/etc/tls-ca.pem" -H "Authorization: Bearer $3" -o "$work/answer.json" -w '%{http_code}' \
    -X "$1" "${body[@]}" "https://localhost:$https_port/api/v1/$2"
}
answer_field() { sed -n "s/.*\"$1\":\"\([^\"]*\)\".*/\1/p" "$work/answer.json"; }
healthy() { curl -fsS --cacert "$prefix/etc/tls-ca.pem" "https://localhost:$https_port/api/v1/health" >/dev/null; }
iso() { date -u -d "@$1" +%FT%TZ; }

# The main tables as "table=rows:max-id" (fix, keyed by device and seq, as "fix=rows:"). The
# server's timers may add rows at any start (absence, lost contact): kept means every row that
# was there is still there.
main_tables="org_unit app_user officer device grid assignment shift checkpoint road fix heartbeat clock_event alarm photo incident audit_log"
row_snapshot() {
  local table query=""
  for table in $main_tables; do
    if [ "$table" = fix ]; then query+="${query:+ || ' ' || }'fix=' || (SELECT count(*) FROM fix) || ':'"; continue; fi
    query+="${query:+ || ' ' || }'$table=' || (SELECT count(*) FROM $table) || ':' || coalesce((SELECT max(id) FROM $table), 0)"
  done
  db "SELECT $query"
}
# SNAPSHOT again, counting only the rows up to each table's max id of then: equal when all remain
rows_of() {
  local entry table max query=""
  for entry in $1; do
    table=${entry%%=*} max=${entry##*:}
    if [ -z "$max" ]; then query+="${query:+ || ' ' || }'$table=' || (SELECT count(*) FROM $table) || ':'"; continue; fi
    query+="${query:+ || ' ' || }'$table=' || (SELECT count(*) FROM $table WHERE id <= $max) || ':$max'"
  done
  db "SELECT $query"
}

# FROM NAME FILE SQL: a copy of the unpacked bundle FROM, version VERSION-NAME, with migrations/FILE added
release=$(cat "$dist/VERSION")
bundle_with_migration() {
  local from=$1 to=$work/unpacked/$2
  cp -al "$from" "$to"                       # hard links: files that change are replaced, not written
  rm "$to/VERSION" "$to/SHA256SUMS"
  echo "$release-$2" >"$to/VERSION"
  printf '%s\n' "$4" >"$to/migrations/$3"
  grep -v ' \./VERSION$' "$from/SHA256SUMS" >"$to/SHA256SUMS"
  (cd "$to" && sha256sum ./VERSION "./migrations/$3" >>SHA256SUMS)
  echo "$to"
}

step "a phone's fixes raise an alarm (demo district loaded; officer BS0001 with a mock-location app)"
# shellcheck disable=SC1091
app_password=$(. "$prefix/etc/secrets" && echo "$APP_PASSWORD")
mkdir -p "$work/demo"
printf 'GP_DB_HOST=127.0.0.1\nGP_DB_PORT=%s\nGP_DB_NAME=gpbureau\nGP_DB_USER=gpbureau_app\nGP_DB_PASSWORD=%s\n' \
  "$GP_DB_PORT" "$app_password" >"$work/demo/env"
"$root/database/demo/load.sh" --dir "$work/demo" --summary >"$work/demo/load.log" 2>&1 \
  || fail "loading the demo district: $(tail -3 "$work/demo/load.log")"
code=$(api mobile/sign-in '{"badgeNo":"BS0001","password":"Patrol-2026!","deviceId":"dev-BS0001"}')
[ "$code" = 200 ] || fail "the officer's phone cannot sign in: $code $(cat "$work/answer.json")"
phone=$(answer_field accessToken)
now=$(date -u +%s)
code=$(authed POST mobile/clock "$phone" \
  "{\"kind\":\"IN\",\"at\":\"$(iso $((now - 70)))\",\"lon\":117.36,\"lat\":32.93,\"accuracy\":10,\"crs\":\"WGS84\"}")
[ "$code" = 200 ] || fail "clock-in: $code $(cat "$work/answer.json")"
fixes=""
for i in $(seq 1 12); do
  fixes+="${fixes:+,}{\"seq\":$i,\"time\":\"$(iso $((now - 60 + 5 * i)))\",\"lon\":$(printf '117.36%02d' "$i"),"
  fixes+="\"lat\":$(printf '32.93%02d' "$i"),\"accuracy\":8,\"provider\":\"gps\",\"mock\":true,\"crs\":\"WGS84\"}"
done
code=$(authed POST mobile/positions "$phone" "{\"fixes\":[$fixes]}")
[ "$code" = 200 ] || fail "uploading fixes: $code $(cat "$work/answer.json")"
code=$(api auth/login '{"username":"sup-BS-340303","password":"Patrol-2026!"}')
[ "$code" = 200 ] || fail "the supervisor cannot sign in: $code $(cat "$work/answer.json")"
supervisor=$(answer_field token)
for _ in $(seq 1 30); do
  code=$(authed GET alarms "$supervisor")
  [ "$code" = 200 ] && grep -q '"type"' "$work/answer.json" && break
  sleep 1
done
grep -q '"type"' "$work/answer.json" || fail "GET /alarms has no alarm after the mock fixes: $code $(head -c 300 "$work/answer.json")"
echo "  GET /api/v1/alarms: $(grep -o '"type":"[A-Z_]*"' "$work/answer.json" | sort | uniq -c | xargs)"

step "upgrade.sh to $release-upgrade-check, a bundle with one more migration (V24, fixture)"
upgraded=$(bundle_with_migration "$dist" upgrade-check V24__upgrade_check.sql \
  "CREATE TABLE upgrade_check (id bigserial PRIMARY KEY, note text); ALTER TABLE grid ADD COLUMN upgrade_check_note text;")
rows=$(row_snapshot)
"$upgraded/upgrade.sh" --prefix "$prefix" 2>&1 | tee "$work/upgrade-1.log" || fail "upgrade.sh failed"
[ "$(cat "$prefix/server/VERSION")" = "$release-upgrade-check" ] || fail "the server is at $(cat "$prefix/server/VERSION")"
healthy || fail "not healthy after the upgrade"
[ "$(rows_of "$rows")" = "$rows" ] || fail "rows lost: before $rows, after $(rows_of "$rows")"
[ "$(db "SELECT success FROM flyway_schema_history WHERE version = '24'")" = t ] || fail "V24 is not in flyway_schema_history"
echo "  rows (table=rows:max id) before: $rows"
echo "  all still there; now:            $(row_snapshot)"
echo "  flyway_schema_history: V24 applied"

step "upgrade.sh with the installed version again changes nothing"
backups=$(ls -1d "$work"/backups/gridpatrol-*Z | wc -l)
"$upgraded/upgrade.sh" --prefix "$prefix" 2>&1 | tee "$work/upgrade-2.log" || fail "upgrade.sh (same version) failed"
grep -q "nothing to upgrade" "$work/upgrade-2.log" || fail "the second run did something"
[ "$(ls -1d "$work"/backups/gridpatrol-*Z | wc -l)" = "$backups" ] || fail "the second run made a backup"

step "an upgrade whose migration fails (V24.1, fixture: division by zero) rolls back"
broken=$(bundle_with_migration "$upgraded" broken V24.1__upgrade_check_fails.sql \
  "INSERT INTO upgrade_check (note) VALUES ('must vanish'); CREATE TABLE upgrade_check_fails (id int); SELECT 1 / 0;")
rows=$(row_snapshot)
if "$broken/upgrade.sh" --prefix "$prefix" >"$work/upgrade-3.log" 2>&1; then fail "an upgrade with a failing migration passed"; fi
grep -q "failed and was rolled back to $release-upgrade-check" "$work/upgrade-3.log" \
  || fail "no clear message: $(tail -5 "$work/upgrade-3.log")"
grep -q "division by zero" "$work/upgrade-3.log" || fail "PostgreSQL's reason is not shown"
[ "$(cat "$prefix/server/VERSION")" = "$release-upgrade-check" ] || fail "the server is at $(cat "$prefix/server/VERSION")"
healthy || fail "not healthy after the rollback"
[ "$(rows_of "$rows")" = "$rows" ] || fail "rows lost: before $rows, after $(rows_of "$rows")"
[ "$(db "SELECT count(*) FROM flyway_schema_history WHERE version = '24.1'")" = 0 ] || fail "V24.1 is in flyway_schema_history"
[ "$(db "SELECT count(*) FROM upgrade_check")" = 0 ] || fail "the failed migration left rows"
[ ! -e "$prefix/versions/$release-broken" ] || fail "the failed version's files remain"
grep -e 'ERROR' -e 'rolled back' "$work/upgrade-3.log" | sed 's/^/  /' | cut -c1-200
