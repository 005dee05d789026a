#!/usr/bin/env bash
# Runs every test of GridPatrol: unit tests, then the Arquillian tests of the real
# EAR in a managed WildFly over a private PostGIS cluster that the build starts
# (and installs with apt-get when it is missing and this runs as root).
# Then the fault checks of ingest (tools/bench/faults.sh: kill -9 of the server and a
# database outage while phones upload). Prints the Surefire and Failsafe counts at the end.
set -uo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"

mkdir -p target
started=$(date +%s)
server-ear/wildfly/cjk-font.sh >/dev/null || true   # the PDF export tests read Chinese text back
mvn -B verify "$@"
status=$?
faults="not run (the Maven tests failed)"
if [ $status = 0 ]; then
  if tools/bench/faults.sh > target/faults.log 2>&1; then faults=passed; else faults=FAILED; status=1; fi
  tail -n 3 target/faults.log
fi

count() { # sums one attribute over the report files given
  local attribute=$1; shift
  [ $# -gt 0 ] || { echo 0; return; }
  grep -ho "<testsuite [^>]*" "$@" | grep -o " $attribute=\"[0-9]*\"" | grep -o '[0-9]*' | awk '{s+=$1} END {print s+0}'
}
report() {
  local label=$1 pattern=$2
  local files; mapfile -t files < <(find . -path "*/target/$pattern/TEST-*.xml" -not -path './.git/*' 2>/dev/null)
  printf '%-9s tests %4s  failures %3s  errors %3s  skipped %3s  (%d report files)\n' "$label" \
    "$(count tests "${files[@]}")" "$(count failures "${files[@]}")" "$(count errors "${files[@]}")" \
    "$(count skipped "${files[@]}")" "${#files[@]}"
}
echo "== GridPatrol test counts"
report Surefire surefire-reports
report Failsafe failsafe-reports
echo "Faults    $faults (log: target/faults.log)"
echo "== wall time $(( $(date +%s) - started )) s, exit $status"
exit $status
