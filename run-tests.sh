#!/usr/bin/env bash
# Runs every test of GridPatrol: unit tests, then the Arquillian tests of the real
# EAR in a managed WildFly over a private PostGIS cluster that the build starts
# (and installs with apt-get when it is missing and this runs as root).
# Then the fault checks of ingest (tools/bench/faults.sh: kill -9 of the server and a
# database outage while phones upload) and, as root, the installer's end-to-end check
# (installer/src/test/e2e.sh). Prints the Surefire and Failsafe counts at the end.
set -uo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"

mkdir -p target
started=$(date +%s)
server-ear/wildfly/cjk-font.sh >/dev/null || true   # the PDF export tests read Chinese text back
mvn -B verify "$@"
status=$?
faults="not run (the Maven tests failed)"
installer="not run (the Maven tests failed)"
if [ $status = 0 ]; then
  if tools/bench/faults.sh > target/faults.log 2>&1; then faults=passed; else faults=FAILED; status=1; fi
  tail -n 3 target/faults.log
  # The server bundle installed, checked and uninstalled in a clean prefix, offline: in a network
  # namespace of its own where the kernel allows one, in the host's network otherwise.
  if [ "$(id -u)" = 0 ]; then
    e2e_args=()
    unshare -n true 2>/dev/null || e2e_args=(--online)
    if installer/src/test/e2e.sh "${e2e_args[@]}" > target/installer-e2e.log 2>&1; then
      installer=passed
      [ ${#e2e_args[@]} = 0 ] || installer="passed in the host's network (no network namespace here)"
    else
      installer=FAILED; status=1
    fi
    tail -n 2 target/installer-e2e.log
  else
    installer="not run (needs root)"
  fi
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
echo "Installer $installer (log: target/installer-e2e.log)"
echo "== wall time $(( $(date +%s) - started )) s, exit $status"
exit $status
