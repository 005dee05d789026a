#!/usr/bin/env bash
# GridPatrol's main job: builds what is missing, starts a private PostGIS and WildFly
# with the GridPatrol EAR, loads the demo district (蚌山区) and sets its 80 officers
# walking with the simulator, and prints where everything listens. Ctrl-C stops
# what it started. A second start while one runs says so and leaves it alone.
#
#   ./run-demo.sh                       build if needed, start, wait for Ctrl-C
#   GP_PORT_OFFSET=100 ./run-demo.sh    shift WildFly's ports (8080 → 8180, 9990 → 10090)
#   GP_SIM_OFFICERS=20 ./run-demo.sh    simulate fewer officers (0: no simulator)
#   GP_SIM_MISBEHAVIOUR=1 ./run-demo.sh misbehaviour episodes per officer-hour (default 0.25)
#   GP_DESKTOP=0 ./run-demo.sh          do not open the desktop (it opens when a display exists)
set -euo pipefail
# Started in the background (cmd &), a script inherits SIGINT ignored, and bash cannot trap a signal
# ignored on entry: start again with it restored, so `kill -INT` stops the demo as Ctrl-C does.
if [ -z "${GP_DEMO_SIGINT:-}" ] && [ "$(trap -p INT)" = "trap -- '' SIGINT" ]; then
  GP_DEMO_SIGINT=1 exec env --default-signal=INT "$0" "$@"
fi
root=$(cd "$(dirname "$0")" && pwd)
state=$root/target/demo
ear=$root/server-ear/ear/target/gridpatrol.ear
simulator=$root/tools/simulator/target/simulator.jar
offset=${GP_PORT_OFFSET:-0}
http_port=$((8080 + offset))
sim_officers=${GP_SIM_OFFICERS:-80}
sim_misbehaviour=${GP_SIM_MISBEHAVIOUR:-0.25}
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

# Build when the EAR or the server is missing, or one of their sources is newer than the EAR;
# build only the simulator when just it (or what it is made of) changed.
newer_source() { # newer_source REFERENCE DIR...
  local ref=$1; shift
  [ -n "$(find "$@" -path '*/target' -prune -o \
      -newer "$ref" \( -name '*.java' -o -name '*.sql' -o -name '*.xml' -o -name '*.cli' -o -name '*.properties' \
      -o -name '*.geojson' \) -print -quit 2>/dev/null)" ]
}
server_needs_build() {
  [ -f "$ear" ] && [ -f "$root/server-ear/wildfly/target/wildfly/.gridpatrol-configured" ] || return 0
  newer_source "$ear" "$root/pom.xml" "$root/database/pom.xml" "$root/database/src" "$root/sdk/model" "$root/sdk/geoserver" "$root/server-ear"
}
simulator_needs_build() {
  [ -f "$simulator" ] || return 0
  newer_source "$simulator" "$root/sdk/model" "$root/sdk/client" "$root/tools/simulator" "$root/database/demo/roads.geojson"
}
if server_needs_build; then
  say "building (first run takes a few minutes: Maven fetches WildFly and the libraries)"
  (cd "$root" && mvn -B -q install -DskipTests -pl '!server-ear/it') || die "the build failed; see the Maven output above"
elif [ "$sim_officers" -gt 0 ] && simulator_needs_build; then
  say "building the simulator"
  (cd "$root" && mvn -B -q package -DskipTests -pl sdk/client,tools/simulator) || die "the simulator's build failed; see above"
fi

stop_simulator() {
  [ -f "$state/simulator.pid" ] || return 0
  local pid; pid=$(cat "$state/simulator.pid")
  if kill -TERM "$pid" 2>/dev/null; then
    # it flushes its phones and writes its alarm report to the log first
    for _ in $(seq 1 80); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$state/simulator.pid"
}
cleanup() {
  trap - INT TERM EXIT
  say "stopping"
  stop_simulator
  if [ -f "$state/desktop.pid" ]; then
    kill -TERM "$(cat "$state/desktop.pid")" 2>/dev/null || true
    rm -f "$state/desktop.pid"
  fi
  "$root/server-ear/wildfly/server.sh" stop --state "$state" || true
  rm -f "$state/demo.pid"
  say "stopped"
}
# Ctrl-C and kill end the script (and so run cleanup once, on EXIT) instead of resuming it.
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
echo $$ >"$state/demo.pid"

say "starting PostGIS and WildFly (log: $state/wildfly-base/log/server.log)"
started=$(date +%s)
"$root/server-ear/wildfly/server.sh" start --state "$state" --offset "$offset"

# shellcheck disable=SC1091
. "$state/pg/env"
say "GridPatrol is up in $(( $(date +%s) - started )) s"

# The demo district, reloaded on every start: fixes and alarms of the last demo go with it.
loaded=$("$root/database/demo/load.sh" --dir "$state/pg" --summary 2>&1) \
  || die "loading the demo district failed: $loaded"
say "$loaded"

# The read-only role GeoServer publishes through (gis_* views only; tools/geoserver-publish).
"$root/database/gis-role.sh" --dir "$state/pg" >/dev/null || die "creating the role gridpatrol_gis failed"

# The offline base map of the district (streets, rendered by MapServer), made once into target/demo/tiles.
basemap_line="none (tools/basemap/render-tiles.sh failed; see $state/basemap.log)"
if "$root/tools/basemap/render-tiles.sh" --dir "$state/pg" --out "$state/tiles" >"$state/basemap.log" 2>&1; then
  say "$(tail -n 1 "$state/basemap.log")"
  basemap_line="folder:$state/tiles — the desktop shows it with -J-Dgridpatrol.basemap=folder:$state/tiles"
fi

sim_line="off (GP_SIM_OFFICERS=0)"
if [ "$sim_officers" -gt 0 ]; then
  java -jar "$simulator" --api "http://127.0.0.1:$http_port/api/v1" --mode realtime \
    --officers "$sim_officers" --misbehaviour "$sim_misbehaviour" \
    --journal "$state/simulator-journal.jsonl" >"$state/simulator.log" 2>&1 </dev/null &
  echo $! >"$state/simulator.pid"
  sim_line="$sim_officers officers walking in real time, $sim_misbehaviour misbehaviour episodes per officer-hour;
             log $state/simulator.log (sign-in takes a minute: 210,000 PBKDF2 rounds each)"
fi

# The supervisors' desktop, where there is a display: signed in as the bureau's supervisor.
desktop_line="not started: no display (DISPLAY is unset); GP_DESKTOP=0 never starts it"
desktop_zip=$root/gis-desktop/application/target/gridpatrol.zip
if [ "${GP_DESKTOP:-1}" != 0 ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  if [ ! -f "$desktop_zip" ] || newer_source "$desktop_zip" "$root/gis-desktop" "$root/sdk/model" "$root/sdk/client" \
      "$root/sdk/geoserver"; then
    say "building the desktop"
    (cd "$root" && mvn -B -q package -DskipTests -Djre.skip -pl gis-desktop/application -am) \
      || die "the desktop's build failed; see above (GP_DESKTOP=0 runs the demo without it)"
  fi
  rm -rf "$state/desktop"
  mkdir -p "$state/desktop"
  unzip -q "$desktop_zip" -d "$state/desktop"
  basemap_opt=()
  [ -d "$state/tiles" ] && basemap_opt=("-J-Dgridpatrol.basemap=folder:$state/tiles")
  "$state/desktop/gridpatrol/bin/gridpatrol" --nosplash --userdir "$state/desktop-userdir" \
    "-J-Dgridpatrol.server=http://127.0.0.1:$http_port" -J-Dgridpatrol.account=sup-BS-340303 \
    "-J-Dgridpatrol.password=Patrol-2026!" "${basemap_opt[@]}" >"$state/desktop.log" 2>&1 </dev/null &
  echo $! >"$state/desktop.pid"
  desktop_line="started, signed in as sup-BS-340303; log $state/desktop.log"
fi

cat <<INFO
  API        http://127.0.0.1:$http_port/api/v1/      (health: http://127.0.0.1:$http_port/api/v1/health)
  health     $(cat "$state/health.json")
  WildFly    management http://127.0.0.1:$((9990 + offset))/, log $state/wildfly-base/log/server.log
  PostGIS    127.0.0.1:$GP_DB_PORT database $GP_DB_NAME (psql: database/pg-private.sh psql --dir target/demo/pg)
  Accounts   every demo account has the password Patrol-2026!
             officers    BS0001 … BS0080 (mobile sign-in on their phones dev-BS0001 …)
             supervisors sup-BS-340303-0101, -0102, -0103, -0201, -0202, -0203 (one per squad),
                         sup-BS-340303 (the whole bureau)
  Simulator  $sim_line
  Base map   $basemap_line
  Desktop    $desktop_line
Press Ctrl-C to stop.
INFO
wildfly_pid=$(cat "$state/wildfly.pid")
while kill -0 "$wildfly_pid" 2>/dev/null; do sleep 2; done
die "WildFly stopped by itself; see $state/wildfly-base/log/server.log"
