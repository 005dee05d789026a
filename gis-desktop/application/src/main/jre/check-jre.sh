#!/bin/sh
# Smoke check of the Linux variant: starts bin/gridpatrol headless (under Xvfb, no server
# needed), waits for the module system, and shows that it runs on the bundled JRE with the
# GridPatrol modules enabled. Exit status 0 when both hold.
#   check-jre.sh [VARIANT_DIR]      default gis-desktop/application/target/gridpatrol-linux-x64
set -u
variant=${1:-$(dirname "$0")/../../../target/gridpatrol-linux-x64}
app="$variant/gridpatrol"
userdir=$(mktemp -d)
log="$userdir/var/log/messages.log"
setsid env -u JAVA_HOME PATH=/usr/bin:/bin xvfb-run -a "$app/bin/gridpatrol" --nosplash --userdir "$userdir" \
    -J-Dgridpatrol.server=http://127.0.0.1:1 >/dev/null 2>&1 &
pid=$!
for _ in $(seq 1 90); do
    grep -q "Turning on modules" "$log" 2>/dev/null && grep -q "org.gridpatrol.desktop.replay" "$log" 2>/dev/null && break
    sleep 1
done
sleep 3
# setsid made the launcher its own process group: end that group, Xvfb and Java with it
kill -- -"$pid" 2>/dev/null
wait "$pid" 2>/dev/null
echo "--- $log"
grep -E "^  (Java Home|Java; VM)" "$log"
grep -E "org\.gridpatrol\.desktop\.[a-z0-9.]+ \[" "$log" | sed 's/^\s*/  /'
grep -E "NoClassDefFoundError|ClassNotFoundException|Unknown module" "$log" | sort | uniq -c | head
ok=0
grep -qE "NoClassDefFoundError: (java|javax|jdk|sun)/" "$log" && { echo "a JDK module is missing from the JRE"; ok=1; }
grep -q "Java Home *= .*gridpatrol-linux-x64/gridpatrol/jre" "$log" || { echo "not on the bundled JRE"; ok=1; }
[ "$(grep -cE "org\.gridpatrol\.desktop\.[a-z0-9.]+ \[" "$log")" -ge 10 ] || { echo "GridPatrol modules missing"; ok=1; }
rm -rf "$userdir"
exit $ok
