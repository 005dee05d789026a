#!/usr/bin/env bash
# Configures an unpacked WildFly for GridPatrol with jboss-cli (never by editing
# standalone.xml): the PostgreSQL driver as a module, the datasource, OpenAPI.
# Runs once per server folder; the marker file says it is done.
#   configure.sh WILDFLY_HOME POSTGRESQL_JAR
set -euo pipefail
home=$1 jar=$2
here=$(cd "$(dirname "$0")" && pwd)
marker=$home/.gridpatrol-configured
script=$here/src/main/cli/configure.cli

# Re-run when the script changed since the server was configured.
want=$(sha1sum "$script" "$0" | sha1sum | cut -c1-40)
if [ -f "$marker" ] && [ "$(cat "$marker")" = "$want" ]; then
  echo "WildFly in $home is configured already"
  exit 0
fi
if [ -f "$marker" ]; then
  echo "the configuration script changed: unpack WildFly again (mvn clean -pl server-ear/wildfly) to apply it" >&2
  exit 1
fi

cli=$home/bin/jboss-cli.sh
chmod +x "$home"/bin/*.sh
export JAVA_OPTS="${JAVA_OPTS:-} -Djava.awt.headless=true"
if [ ! -d "$home/modules/org/postgresql/jdbc/main" ]; then
  "$cli" --command="module add --name=org.postgresql.jdbc --resources=$jar --dependencies=java.sql,java.naming,java.logging,java.management,java.security.jgss,java.xml,jakarta.transaction.api"
fi
"$cli" --file="$script"
# Keep a first boot's history out of the folder the tests and the demo copy.
rm -rf "$home/standalone/configuration/standalone_xml_history" "$home/standalone/data" "$home/standalone/log" "$home/standalone/tmp"
echo "$want" > "$marker"
echo "WildFly in $home configured for GridPatrol"
