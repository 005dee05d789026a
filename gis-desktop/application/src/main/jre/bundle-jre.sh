#!/bin/sh
# Makes the Linux variant of the desktop: the application built by nbm-application with a JRE
# made by jlink inside it, so a supervisor's PC needs no Java installed.
#   bundle-jre.sh APP_DIR OUT_DIR      e.g. target/gridpatrol target
# Writes OUT_DIR/gridpatrol-linux-x64/ and OUT_DIR/gridpatrol-linux-x64.zip.
set -eu
app=$1
out=$2
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
jlink="$java_home/bin/jlink"
# What the NetBeans Platform and GridPatrol use: Swing and AWT, logging, preferences, the HTTP
# client, sun.misc.Unsafe, JDBC types and JNDI (the platform's core), JMX, scripting,
# instrumentation (module system agents), XML (layers), TLS with EC keys, Chinese locale data
# and character sets, zip file systems.
modules=java.base,java.desktop,java.datatransfer,java.logging,java.prefs,java.net.http,jdk.unsupported,\
jdk.unsupported.desktop,java.sql,java.naming,java.management,jdk.management,java.instrument,java.scripting,\
java.xml,jdk.crypto.ec,jdk.localedata,jdk.charsets,jdk.zipfs,java.security.jgss

variant="$out/gridpatrol-linux-x64"
rm -rf "$variant" "$variant.zip"
mkdir -p "$variant"
cp -a "$app"/. "$variant/gridpatrol"
"$jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
    --include-locales=en,zh --output "$variant/gridpatrol/jre"
# the launcher resolves a relative jdkhome against the application directory
printf '\njdkhome="jre"\n' >> "$variant/gridpatrol/etc/gridpatrol.conf"
(cd "$variant" && zip -qr ../gridpatrol-linux-x64.zip gridpatrol)
echo "bundled $("$variant/gridpatrol/jre/bin/java" -version 2>&1 | head -1) into $variant.zip"
