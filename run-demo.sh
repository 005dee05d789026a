#!/usr/bin/env bash
# GridPatrol's main job: builds what is missing, starts a private PostGIS and WildFly
# with the GridPatrol EAR, and prints where everything listens. Ctrl-C stops
# what it started. A second start while one runs says so and leaves it alone.
#
#   ./run-demo.sh            build if needed, start, wait for Ctrl-C
#   GP_PORT_OFFSET=100 ./run-demo.sh   shift WildFly's ports (8080 → 8180, 9990 → 10090)
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
state=$root/target/demo
wildfly=$root/server-ear/wildfly/target/wildfly
ear=$root/server-ear/ear/target/gridpatrol.ear
offset=${GP_PORT_OFFSET:-0}
http_port=$((8080 + offset))
mgmt_port=$((9990 + offset))
mkdir -p "$state"

say() { printf '\033[1mgridpatrol:\033[0m %s\n' "$*"; }
die() { say "$*" >&2; exit 1; }

# One demo at a time per clone.
exec 8>"$state/demo.lock"
if ! flock -n 8; then
  die "a GridPatrol demo is already running from this folder (pid $(cat "$state/demo.pid" 2>/dev/null || echo '?'), http://127.0.0.1:$(cat "$state/http.port" 2>/dev/null || echo $http_port)/); stop it with Ctrl-C in its terminal"
fi
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_busy "$http_port" && die "port $http_port is taken by another program; set GP_PORT_OFFSET=100 to use $((http_port + 100))"

# Build when the EAR or the server is missing, or a source is newer than the EAR.
needs_build() {
  [ -f "$ear" ] && [ -f "$wildfly/.gridpatrol-configured" ] || return 0
  [ -n "$(find "$root" -path "$root/target" -prune -o -path '*/target' -prune -o -path "$root/.git" -prune -o \
      -newer "$ear" \( -name '*.java' -o -name '*.sql' -o -name '*.xml' -o -name '*.cli' -o -name '*.properties' \) -print -quit)" ]
}
if needs_build; then
  say "building (first run takes a few minutes: Maven fetches WildFly and the libraries)"
  (cd "$root" && mvn -B -q install -DskipTests -pl '!server-ear/it') || die "the build failed; see the Maven output above"
fi

pids=()
cleanup() {
  trap - INT TERM EXIT
  say "stopping"
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  "$root/database/pg-private.sh" stop --dir "$state/pg" || true
  rm -f "$state/demo.pid" "$state/http.port"
  say "stopped"
}
trap cleanup INT TERM EXIT

"$root/database/pg-private.sh" start --dir "$state/pg" >/dev/null

# A server folder of the demo's own; the provisioned server stays clean for tests.
base=$state/wildfly-base
if [ ! -d "$base/configuration" ]; then
  mkdir -p "$base/deployments"
  cp -r "$wildfly/standalone/configuration" "$base/"
fi
rm -f "$base/deployments/gridpatrol.ear".*
cp "$ear" "$base/deployments/gridpatrol.ear"

say "starting WildFly (log: $base/log/server.log)"
JAVA_OPTS="-Xms256m -Xmx2g -Djava.awt.headless=true" \
  "$wildfly/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$offset" \
  --properties="file:$state/pg/db.properties" -b 127.0.0.1 >"$state/wildfly.out" 2>&1 &
pids+=($!)
echo $$ >"$state/demo.pid"
echo "$http_port" >"$state/http.port"

health=http://127.0.0.1:$http_port/api/v1/health
for _ in $(seq 1 180); do
  [ -f "$base/deployments/gridpatrol.ear.failed" ] && die "the EAR failed to deploy: $(cat "$base/deployments/gridpatrol.ear.failed")"
  kill -0 "${pids[0]}" 2>/dev/null || die "WildFly exited; see $state/wildfly.out"
  if curl -fsS "$health" >"$state/health.json" 2>/dev/null; then break; fi
  sleep 1
done
curl -fsS "$health" >/dev/null 2>&1 || die "no healthy answer from $health after 3 minutes"

# shellcheck disable=SC1091
. "$state/pg/env"
say "GridPatrol is up"
cat <<INFO
  API        http://127.0.0.1:$http_port/api/v1/      (health: $health)
  health     $(cat "$state/health.json")
  WildFly    management http://127.0.0.1:$mgmt_port/, log $base/log/server.log
  PostGIS    127.0.0.1:$GP_DB_PORT database $GP_DB_NAME (psql: database/pg-private.sh psql --dir target/demo/pg)
Press Ctrl-C to stop.
INFO
wait "${pids[0]}"
