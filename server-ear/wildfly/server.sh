#!/usr/bin/env bash
# Starts and stops one GridPatrol server of its own: a private PostGIS in STATE/pg and
# the provisioned WildFly with a base folder STATE/wildfly-base, the EAR deployed.
# Used by ./run-demo.sh and the load benchmarks; the provisioned server stays clean.
#
#   server.sh start --state DIR [--offset N] [--heap 2g]   waits until health is green
#   server.sh stop  --state DIR
#   server.sh kill  --state DIR      kill -9, as a power cut would (for fault tests)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
wildfly=$here/target/wildfly
ear=$root/server-ear/ear/target/gridpatrol.ear

cmd=${1:-}; shift || true
state=""; offset=0; heap=2g
while [ $# -gt 0 ]; do
  case "$1" in
    --state) state=$2; shift 2 ;;
    --offset) offset=$2; shift 2 ;;
    --heap) heap=$2; shift 2 ;;
    *) echo "server.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$state" ] || { echo "usage: server.sh start|stop --state DIR [--offset N]" >&2; exit 2; }
mkdir -p "$state"
state=$(cd "$state" && pwd)
base=$state/wildfly-base
http_port=$((8080 + offset))

die() { echo "server.sh: $*" >&2; exit 1; }

start() {
  [ -f "$ear" ] && [ -f "$wildfly/.gridpatrol-configured" ] || die "build first: mvn install -DskipTests -pl '!server-ear/it'"
  (exec 3<>"/dev/tcp/127.0.0.1/$http_port") 2>/dev/null && die "port $http_port is taken by another program"
  "$root/database/pg-private.sh" start --dir "$state/pg" >/dev/null
  "$here/cjk-font.sh" >/dev/null || true   # PDF reports need it; the rest runs without
  if [ ! -d "$base/configuration" ]; then
    mkdir -p "$base/deployments"
    cp -r "$wildfly/standalone/configuration" "$base/"
  fi
  rm -f "$base/deployments/gridpatrol.ear".*
  cp "$ear" "$base/deployments/gridpatrol.ear"
  JAVA_OPTS="-Xms256m -Xmx$heap -Djava.awt.headless=true ${GP_JAVA_OPTS:-}" setsid \
    "$wildfly/bin/standalone.sh" -Djboss.server.base.dir="$base" -Djboss.socket.binding.port-offset="$offset" \
    --properties="file:$state/pg/db.properties" -b 127.0.0.1 >"$state/wildfly.out" 2>&1 </dev/null &
  echo $! >"$state/wildfly.pid"
  echo "$http_port" >"$state/http.port"
  local health=http://127.0.0.1:$http_port/api/v1/health
  for _ in $(seq 1 180); do
    [ -f "$base/deployments/gridpatrol.ear.failed" ] && die "the EAR failed to deploy: $(cat "$base/deployments/gridpatrol.ear.failed")"
    kill -0 "$(cat "$state/wildfly.pid")" 2>/dev/null || die "WildFly exited; see $state/wildfly.out"
    if curl -fsS "$health" >"$state/health.json" 2>/dev/null; then return 0; fi
    # up but refusing to serve (a schema that is not current): say why at once
    if curl -sS "$health" 2>/dev/null | grep -q '"schemaState":"FAILED"'; then
      die "the server refuses to serve: $(curl -sS "$health")"
    fi
    sleep 1
  done
  die "no healthy answer from $health after 3 minutes"
}

stop() {
  if [ -f "$state/wildfly.pid" ]; then
    local pid; pid=$(cat "$state/wildfly.pid")
    # standalone.sh runs the server as its child: stop the whole session
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$state/wildfly.pid" "$state/http.port"
  fi
  "$root/database/pg-private.sh" stop --dir "$state/pg" >/dev/null 2>&1 || true
}

hard_kill() {
  [ -f "$state/wildfly.pid" ] || die "no server runs in $state"
  kill -KILL -- "-$(cat "$state/wildfly.pid")" 2>/dev/null || true
  rm -f "$state/wildfly.pid"
}

case "$cmd" in
  start) start ;;
  stop) stop ;;
  kill) hard_kill ;;
  *) die "unknown command '$cmd' (start|stop)" ;;
esac
