#!/usr/bin/env bash
# GridPatrol's end-to-end benchmarks: starts a server of their own (private PostGIS +
# WildFly on port 8580), runs the load runs and JMH, prints the table, writes
# tools/bench/results/*.md|json and latest.json, and stops what it started.
#
#   tools/bench/run.sh [all|ingest|grids|latency|replay|memory|lookup|reports|desktop]     (default all)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
state=$root/target/bench
offset=500
part=${1:-all}
cd "$root"

if [ ! -f server-ear/ear/target/gridpatrol.ear ] || [ ! -f tools/bench/target/benchmarks.jar ]; then
  mvn -B -q install -DskipTests -pl '!server-ear/it'
fi
jar=tools/bench/target/benchmarks.jar
export GP_JAVA_OPTS="-XX:+UseParallelGC"
rm -rf "$state"
trap 'server-ear/wildfly/server.sh stop --state "$state"; database/pg-private.sh destroy --dir "$state/pg" >/dev/null 2>&1 || true' EXIT
server-ear/wildfly/server.sh start --state "$state" --offset $offset --heap 3g
java_opts=(-Dgridpatrol.results="$root/tools/bench/results" -Dgridpatrol.commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)")
url=http://127.0.0.1:$((8080 + offset))

case "$part" in all|ingest) java "${java_opts[@]}" -cp "$jar" org.gridpatrol.bench.load.IngestLoad "$url" "$state/pg/db.properties" 1000 100 30 16 ;; esac
case "$part" in all|grids) java "${java_opts[@]}" -cp "$jar" org.gridpatrol.bench.load.GridLoad "$url" "$state/pg/db.properties" ;; esac
case "$part" in all|latency) java "${java_opts[@]}" -cp "$jar" org.gridpatrol.bench.load.AlarmLatency "$url" "$state/pg/db.properties" 10000 210 ;; esac
case "$part" in all|replay) java "${java_opts[@]}" -cp "$jar" org.gridpatrol.bench.load.ReplayLoad "$url" "$state/pg/db.properties" ;; esac
case "$part" in all|reports) java "${java_opts[@]}" -cp "$jar" org.gridpatrol.bench.load.ReportLoad "$url" "$state/pg/db.properties" 500 2 ;; esac
case "$part" in all|memory) java "${java_opts[@]}" -cp "$jar" org.gridpatrol.bench.load.EngineMemory ;; esac
case "$part" in all|lookup) java "${java_opts[@]}" -cp "$jar" org.gridpatrol.bench.load.LookupVsPostgis "$state/pg/db.properties" ;; esac
# the desktop's frame time needs no server (tools/bench/desktop.sh)
case "$part" in all|desktop) tools/bench/desktop.sh ;; esac
