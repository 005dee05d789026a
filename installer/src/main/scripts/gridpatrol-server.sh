#!/usr/bin/env bash
# Runs the installed GridPatrol server (WildFly on the bundled JRE) with the settings of
# PREFIX/etc. systemd calls "run"; without systemd, "start" and "stop" keep a pid file.
#   gridpatrol-server.sh run|start|stop|status --prefix PREFIX
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib/common.sh
. "$here/lib/common.sh"

cmd=${1:-}; shift || true
case "$cmd" in -h|--help|"") usage; exit 0 ;; esac
PREFIX=$(cd "$here/.." && pwd)
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) PREFIX=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option $1" ;;
  esac
done
load_install_conf "$PREFIX/etc/install.conf"
pidfile=$PREFIX/run/gridpatrol.pid

run() {
  export JAVA_HOME=$server/jre
  export JAVA_OPTS="-Xms256m -Xmx${HEAP:-2g} -Djava.awt.headless=true -Djava.net.preferIPv4Stack=true"
  exec "$server/wildfly/bin/standalone.sh" -Djboss.socket.binding.port-offset="$PORT_OFFSET" \
    -Djboss.server.log.dir="$logs" --properties="file:$etc/gridpatrol.properties" -b "$BIND_ADDRESS"
}

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

case "$cmd" in
  run) run ;;
  start)
    running && { say "already running (pid $(cat "$pidfile"))"; exit 0; }
    mkdir -p "$PREFIX/run"
    # a session of its own, so stop ends WildFly and the shell that started it together
    if [ "$(id -u)" = 0 ] && [ "$SERVICE_USER" != root ]; then
      setsid runuser -u "$SERVICE_USER" -- "$0" run --prefix "$PREFIX" >>"$logs/console.log" 2>&1 </dev/null &
    else
      setsid "$0" run --prefix "$PREFIX" >>"$logs/console.log" 2>&1 </dev/null &
    fi
    echo $! >"$pidfile"
    say "started (pid $!); log: $logs/server.log" ;;
  stop)
    running || { say "not running"; exit 0; }
    pid=$(cat "$pidfile")
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 120); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$pidfile"
    say "stopped" ;;
  status) if running; then echo "running (pid $(cat "$pidfile"))"; else echo "stopped"; exit 3; fi ;;
  *) usage; exit 2 ;;
esac
