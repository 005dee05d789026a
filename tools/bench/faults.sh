#!/usr/bin/env bash
# The fault checks of ingest: phones upload while WildFly is killed with kill -9 and
# restarted, and while PostgreSQL is stopped and started; every fix must end up stored
# exactly once and the outage must be answered with 503 + Retry-After. Starts a server
# of its own (port 8580) and stops it. Run by ./run-tests.sh after the Maven tests.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
state=$root/target/faults
cd "$root"
[ -f tools/bench/target/benchmarks.jar ] || mvn -B -q package -DskipTests -pl tools/bench -am
rm -rf "$state"
trap 'server-ear/wildfly/server.sh stop --state "$state"; database/pg-private.sh destroy --dir "$state/pg" >/dev/null 2>&1 || true' EXIT
server-ear/wildfly/server.sh start --state "$state" --offset 500 --heap 1g
java -Dgridpatrol.root="$root" -Dgridpatrol.offset=500 -cp tools/bench/target/benchmarks.jar \
  org.gridpatrol.bench.load.FaultRun http://127.0.0.1:8580 "$state"
