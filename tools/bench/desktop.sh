#!/usr/bin/env bash
# The desktop's frame time, off-screen: a panning frame at 1280x800 with 2,000 grids, 500 live
# officers with trails, the covered area and a 100,000-fix replay (the median of 30 frames, the
# worse of a city-wide and a district zoom), beside the same map without the replay, measured in
# the same run. Needs no server. Writes desktop_frame_ms into tools/bench/results/latest.json.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
mvn -B -q test -pl gis-desktop/replay -am -Dtest=ReplayFrameTimeTest -Dsurefire.failIfNoSpecifiedTests=false
grep '^#' gis-desktop/replay/target/desktop-frame.properties
if [ ! -f tools/bench/target/benchmarks.jar ]; then
  mvn -B -q package -DskipTests -pl tools/bench -am
fi
java -Dgridpatrol.results="$root/tools/bench/results" -Dgridpatrol.commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)" \
  -cp tools/bench/target/benchmarks.jar org.gridpatrol.bench.desktop.DesktopFrame gis-desktop/replay/target/desktop-frame.properties
