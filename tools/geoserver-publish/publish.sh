#!/usr/bin/env bash
# Publishes GridPatrol's layers (grids, officers' last positions, open alarms, yesterday's tracks) on a
# GeoServer through its REST API, idempotently, and says what it created and what it found.
#
#   tools/geoserver-publish/publish.sh --geoserver http://gis.bureau.local:8080/geoserver --user admin \
#       --db-host db.bureau.local --db-password '...'          # the password of the role gridpatrol_gis
#   tools/geoserver-publish/publish.sh --geoserver URL --db-dir target/demo/pg   # the demo's database
#
# The GeoServer password may come from GEOSERVER_PASSWORD instead of --password. Run with no
# arguments for every option.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$(ls "$root"/sdk/geoserver/target/gridpatrol-geoserver-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -n 1 || true)
if [ -z "$jar" ]; then
  (cd "$root" && mvn -q -o package -pl sdk/geoserver -DskipTests) >&2 || (cd "$root" && mvn -q package -pl sdk/geoserver -DskipTests) >&2
  jar=$(ls "$root"/sdk/geoserver/target/gridpatrol-geoserver-*.jar | head -n 1)
fi
exec java -cp "$jar" org.gridpatrol.geoserver.publish.PublishCommand "$@"
