#!/usr/bin/env bash
# GridPatrol's main job: builds what is missing, starts a private PostGIS and WildFly
# with the GridPatrol EAR, and prints where everything listens. Ctrl-C stops
# what it started. A second start while one runs says so and leaves it alone.
#
#   ./run-demo.sh                       build if needed, start, wait for Ctrl-C
#   GP_PORT_OFFSET=100 ./run-demo.sh    shift WildFly's ports (8080 → 8180, 9990 → 10090)
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
state=$root/target/demo
ear=$root/server-ear/ear/target/gridpatrol.ear
offset=${GP_PORT_OFFSET:-0}
http_port=$((8080 + offset))
mkdir -p "$state"

say() { printf '\033[1mgridpatrol:\033[0m %s\n' "$*"; }
die() { say "$*" >&2; exit 1; }

# One demo at a time per clone.
exec 8>"$state/demo.lock"
if ! flock -n 8; then
  die "a GridPatrol demo is already running from this folder (pid $(cat "$state/demo.pid" 2>/dev/null || echo '?'), http://127.0.0.1:$(cat "$state/http.port" 2>/dev/null || echo $http_port)/); stop it with Ctrl-C in its terminal"
fi
(exec 3<>"/dev/tcp/127.0.0.1/$http_port") 2>/dev/null \
  && die "port $http_port is taken by another program; set GP_PORT_OFFSET=100 to use $((http_port + 100))"

# Build when the EAR or the server is missing, or a source is newer than the EAR.
needs_build() {
  [ -f "$ear" ] && [ -f "$root/server-ear/wildfly/target/wildfly/.gridpatrol-configured" ] || return 0
  [ -n "$(find "$root" -path '*/target' -prune -o -path "$root/.git" -prune -o \
      -newer "$ear" \( -name '*.java' -o -name '*.sql' -o -name '*.xml' -o -name '*.cli' -o -name '*.properties' \) -print -quit)" ]
}
if needs_build; then
  say "building (first run takes a few minutes: Maven fetches WildFly and the libraries)"
  (cd "$root" && mvn -B -q install -DskipTests -pl '!server-ear/it') || die "the build failed; see the Maven output above"
fi

cleanup() {
  trap - INT TERM EXIT
  say "stopping"
  "$root/server-ear/wildfly/server.sh" stop --state "$state" || true
  rm -f "$state/demo.pid"
  say "stopped"
}
trap cleanup INT TERM EXIT
echo $$ >"$state/demo.pid"

say "starting PostGIS and WildFly (log: $state/wildfly-base/log/server.log)"
started=$(date +%s)
"$root/server-ear/wildfly/server.sh" start --state "$state" --offset "$offset"

# shellcheck disable=SC1091
. "$state/pg/env"
say "GridPatrol is up in $(( $(date +%s) - started )) s"
cat <<INFO
  API        http://127.0.0.1:$http_port/api/v1/      (health: http://127.0.0.1:$http_port/api/v1/health)
  health     $(cat "$state/health.json")
  WildFly    management http://127.0.0.1:$((9990 + offset))/, log $state/wildfly-base/log/server.log
  PostGIS    127.0.0.1:$GP_DB_PORT database $GP_DB_NAME (psql: database/pg-private.sh psql --dir target/demo/pg)
Press Ctrl-C to stop.
INFO
while kill -0 "$(cat "$state/wildfly.pid" 2>/dev/null || echo 0)" 2>/dev/null; do sleep 2; done
die "WildFly stopped by itself; see $state/wildfly-base/log/server.log"
