#!/usr/bin/env bash
# Makes the delivery in target/delivery: the offline server bundle
# gridpatrol-server-VERSION-linux-x64.tar.gz, the desktop gridpatrol-desktop-VERSION.zip and one
# SHA256SUMS over both. Called by the package phase (mvn -o -q package -pl installer -am); it
# packs what the reactor built: the configured WildFly, the EAR, the migrations and their runner,
# plus a jlink'ed JRE and the Debian packages of PostgreSQL 15 / PostGIS 3 (debs.sh).
#   bundle.sh VERSION TARGET_DIR
set -euo pipefail
version=$1 target=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
wildfly=$root/server-ear/wildfly/target/wildfly
ear=$root/server-ear/ear/target/gridpatrol.ear
name=gridpatrol-server-$version-linux-x64
stage=$target/bundle/$name
started=$(date +%s)

[ -f "$wildfly/.gridpatrol-configured" ] || { echo "bundle: WildFly is not built: $wildfly" >&2; exit 1; }
[ -f "$ear" ] || { echo "bundle: the EAR is not built: $ear" >&2; exit 1; }

rm -rf "$target/bundle"
mkdir -p "$stage"

# The server without what a standalone server never uses (domain mode, app client, docs).
mkdir -p "$stage/wildfly"
(cd "$wildfly" && tar --exclude=./domain --exclude=./appclient --exclude=./docs --exclude=./welcome-content \
  --exclude='./standalone/deployments/*' -cf - .) | tar -C "$stage/wildfly" -xf -
cp "$ear" "$stage/wildfly/standalone/deployments/gridpatrol.ear"

# A JRE of the JDK modules that WildFly 39's module.xml files name (java.se among them), checked
# with a real start and jboss-cli on it; jdk.compiler is only an optional one of JAXB.
modules=java.se,java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.management.rmi
modules=$modules,java.naming,java.net.http,java.prefs,java.rmi,java.scripting,java.security.jgss,java.security.sasl
modules=$modules,java.sql,java.transaction.xa,java.xml,java.xml.crypto,jdk.attach,jdk.crypto.cryptoki,jdk.crypto.ec
modules=$modules,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.security.auth,jdk.security.jgss
modules=$modules,jdk.unsupported,jdk.zipfs,jdk.xml.dom,jdk.jconsole
jlink --add-modules "$modules" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --include-locales=en,zh --output "$stage/jre"

cp "$here"/src/main/scripts/*.sh "$stage/"
mkdir -p "$stage/lib" "$stage/cli" "$stage/systemd" "$stage/migrations" "$stage/tools"
cp "$here"/src/main/scripts/lib/*.sh "$stage/lib/"
cp "$here"/src/main/cli/*.cli "$stage/cli/"
cp "$here"/src/main/systemd/* "$stage/systemd/"
cp "$here"/src/main/answers.example "$stage/"
cp "$root"/database/src/main/resources/db/migration/V*.sql "$stage/migrations/"
cp "$target/gridpatrol-installer-tools.jar" "$stage/tools/"
mkdir -p "$stage/tools/lib"
cp "$target"/tools-lib/*.jar "$stage/tools/lib/"
"$here/debs.sh" "$stage/debs"
chmod +x "$stage"/*.sh "$stage"/wildfly/bin/*.sh
echo "$version" >"$stage/VERSION"

(cd "$stage" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum >SHA256SUMS)

# The delivery (what goes on the USB stick): the server bundle, the desktop, one SHA256SUMS.
delivery=$target/delivery
rm -rf "$delivery"; mkdir -p "$delivery"
tar -C "$target/bundle" -czf "$delivery/$name.tar.gz" "$name"
desktop=$root/gis-desktop/application/target/gridpatrol.zip
if [ -f "$desktop" ]; then
  cp "$desktop" "$delivery/gridpatrol-desktop-$version.zip"
else
  echo "bundle: WARNING: no desktop zip ($desktop): build gis-desktop first (mvn package builds it before this)" >&2
fi
(cd "$delivery" && sha256sum -- * >SHA256SUMS)
echo "bundle: $delivery: $(cd "$delivery" && du -h -- * | tr '\t' ' ' | paste -sd, -) ($(( $(date +%s) - started )) s)"
