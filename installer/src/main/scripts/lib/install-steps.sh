# install.sh's steps. Each looks first and changes only what is missing or different, so a
# second run changes nothing.
# shellcheck shell=bash

# Writes stdin to FILE only when the content differs; says so when it changed.
write_if_changed() {
  local file=$1 mode=$2 tmp
  tmp=$(mktemp "$file.XXXXXX")
  cat >"$tmp"
  chmod "$mode" "$tmp"
  if [ -f "$file" ] && cmp -s "$tmp" "$file"; then rm -f "$tmp"; return; fi
  mv "$tmp" "$file"
  say "wrote $file"
}

server_running() { "$server/gridpatrol-server.sh" status --prefix "$PREFIX" >/dev/null 2>&1; }

install_files() {
  if [ -f "$server/VERSION" ]; then
    local installed; installed=$(cat "$server/VERSION")
    [ "$installed" = "$version" ] || die "version $installed is installed in $PREFIX: use upgrade.sh for $version"
    say "files of $version are in $server already"
  else
    unpack_version
    switch_to "$version"
  fi
  mkdir -p "$etc" "$data/photos" "$logs" "$backups"
  chmod 750 "$etc" "$backups"
}

# Each version has a folder of its own, PREFIX/versions/VERSION; PREFIX/server is a symbolic link
# to the one in use, so an upgrade (and its rollback) switches versions in one rename.
unpack_version() {
  local dir=$PREFIX/versions/$version
  say "copying GridPatrol $version into $dir ..."
  rm -rf "$dir"
  mkdir -p "$dir"
  (cd "$bundle" && tar -cf - wildfly jre tools lib cli systemd migrations ./*.sh VERSION SHA256SUMS answers.example) \
    | tar -C "$dir" -xf -
  # the PostgreSQL packages stay in the bundle: they are not part of the server
  (cd "$dir" && grep -v ' \./debs/' SHA256SUMS | sha256sum --quiet -c -) || die "the copied files do not match SHA256SUMS"
}

switch_to() {
  ln -sfn "versions/$1" "$PREFIX/server.next"
  mv -T "$PREFIX/server.next" "$PREFIX/server"
}

create_user() {
  if [ "$SERVICE_USER" = root ]; then say "server runs as root (--user root)"; return; fi
  if ! id "$SERVICE_USER" >/dev/null 2>&1; then
    useradd --system --home-dir "$PREFIX" --no-create-home --shell /usr/sbin/nologin "$SERVICE_USER"
    say "created system user $SERVICE_USER"
  fi
  # the server writes its data, logs and its own configuration history; nothing else
  chown -R "$SERVICE_USER:" "$data" "$logs" "$server/wildfly/standalone"
  chgrp "$SERVICE_USER" "$etc"
}

# Three roles: the owner of every object (migrations run as it), the application (a member
# that acts as the owner, since the EAR migrates at start) and a read-only one for GeoServer.
create_database() {
  local owner=${DB_NAME}_owner app=${DB_NAME}_app gis=${DB_NAME}_gis secrets=$etc/secrets
  if [ ! -f "$secrets" ]; then
    [ -z "$(admin_psql -d postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$owner'")" ] \
      || die "role $owner exists but $secrets does not: a database of another installation? Choose another DB_NAME"
    local secret
    secret() { head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24; }
    printf 'OWNER_PASSWORD=%s\nAPP_PASSWORD=%s\nGIS_PASSWORD=%s\nTLS_PASSWORD=%s\n' \
      "$(secret)" "$(secret)" "$(secret)" "$(secret)" | write_if_changed "$secrets" 600
  fi
  # shellcheck disable=SC1090
  . "$secrets"
  if [ -z "$(admin_psql -d postgres -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$owner'")" ]; then
    admin_psql -d postgres <<SQL
CREATE ROLE $owner LOGIN PASSWORD '$OWNER_PASSWORD';
CREATE ROLE $app LOGIN PASSWORD '$APP_PASSWORD' IN ROLE $owner;
ALTER ROLE $app SET role = '$owner';
CREATE ROLE $gis LOGIN PASSWORD '$GIS_PASSWORD';
SQL
    say "created roles $owner, $app, $gis"
  fi
  if [ -z "$(admin_psql -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")" ]; then
    admin_psql -d postgres -c "CREATE DATABASE $DB_NAME OWNER $owner ENCODING 'UTF8' TEMPLATE template0"
    admin_psql -d "$DB_NAME" <<SQL
CREATE EXTENSION IF NOT EXISTS postgis;
REVOKE CONNECT ON DATABASE $DB_NAME FROM PUBLIC;
GRANT CONNECT ON DATABASE $DB_NAME TO $app, $gis;
GRANT USAGE ON SCHEMA public TO $gis;
ALTER DEFAULT PRIVILEGES FOR ROLE $owner IN SCHEMA public GRANT SELECT ON TABLES TO $gis;
SQL
    say "created database $DB_NAME with PostGIS on $DB_HOST:$DB_PORT"
  fi
}

cert_fingerprint() {
  "$server/jre/bin/keytool" -printcert -file "$etc/tls-ca.pem" | sed -n 's/^[[:space:]]*SHA256: //p'
}

setup_tls() {
  # shellcheck disable=SC1090
  . "$etc/secrets"
  local store=$etc/tls.p12
  if [ ! -f "$store" ]; then
    if [ -n "$TLS_CERT" ]; then
      openssl pkcs12 -export -in "$TLS_CERT" -inkey "$TLS_KEY" -name gridpatrol -out "$store" \
        -passout "pass:$TLS_PASSWORD"
      cp "$TLS_CERT" "$etc/tls-ca.pem"
      say "using the given certificate $TLS_CERT"
    else
      local san="dns:$SERVER_NAME,dns:localhost,ip:127.0.0.1"
      [[ $SERVER_NAME =~ ^[0-9.]+$ ]] && san="ip:$SERVER_NAME,dns:localhost,ip:127.0.0.1"
      "$server/jre/bin/keytool" -genkeypair -alias gridpatrol -keyalg EC -groupname secp256r1 \
        -sigalg SHA256withECDSA -dname "CN=$SERVER_NAME, O=GridPatrol" -ext "SAN=$san" -validity 3650 \
        -storetype PKCS12 -keystore "$store" -storepass "$TLS_PASSWORD" -keypass "$TLS_PASSWORD" 2>/dev/null
      "$server/jre/bin/keytool" -exportcert -rfc -alias gridpatrol -keystore "$store" \
        -storepass "$TLS_PASSWORD" -file "$etc/tls-ca.pem" 2>/dev/null
      say "made a self-signed certificate for $SERVER_NAME (valid 10 years)"
    fi
    chmod 640 "$store"; chmod 644 "$etc/tls-ca.pem"
  fi
  [ "$SERVICE_USER" = root ] || chgrp "$SERVICE_USER" "$store"
  apply_cli tls "HTTPS only (TLS 1.2/1.3) with HSTS on port $https_port; plain HTTP removed"
  apply_cli logs "server.log rotates at 50 MB, 20 files kept"
}

# Applies cli/NAME.cli to the installed server once (a marker file remembers it).
apply_cli() {
  local name=$1 done_message=$2 marker=$server/wildfly/.gridpatrol-$1
  [ -f "$marker" ] && return
  JAVA_HOME=$server/jre JAVA_OPTS="-Djava.awt.headless=true" \
    "$server/wildfly/bin/jboss-cli.sh" --file="$server/cli/$name.cli" --properties="$etc/gridpatrol.properties" \
    >"$logs/$name-cli.log" 2>&1 || die "configuring the server ($name.cli) failed; see $logs/$name-cli.log"
  rm -rf "$server/wildfly/standalone/configuration/standalone_xml_history"
  [ "$SERVICE_USER" = root ] || chown -R "$SERVICE_USER:" "$server/wildfly/standalone"
  date -u +%FT%TZ >"$marker"
  say "$done_message"
}

write_settings() {
  # shellcheck disable=SC1090
  . "$etc/secrets"
  write_if_changed "$etc/install.conf" 644 <<CONF
# Written by install.sh; read by the GridPatrol server scripts.
PREFIX=$PREFIX
SERVICE_USER=$SERVICE_USER
SERVER_NAME=$SERVER_NAME
BIND_ADDRESS=$BIND_ADDRESS
PORT_OFFSET=$PORT_OFFSET
DB_HOST=$DB_HOST
DB_PORT=$DB_PORT
DB_NAME=$DB_NAME
BACKUP_DIR=$backups
VERSION=$version
CONF
  write_if_changed "$etc/gridpatrol.properties" 640 <<PROPS
gridpatrol.db.url=jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME
gridpatrol.db.user=${DB_NAME}_app
gridpatrol.db.password=$APP_PASSWORD
gridpatrol.tls.keystore=$etc/tls.p12
gridpatrol.tls.password=$TLS_PASSWORD
gridpatrol.photos.dir=$data/photos
PROPS
  [ "$SERVICE_USER" = root ] || chgrp "$SERVICE_USER" "$etc/gridpatrol.properties"
}

has_systemd() { [ -d /run/systemd/system ] && command -v systemctl >/dev/null; }

install_service() {
  if has_systemd; then
    sed -e "s|@PREFIX@|$PREFIX|g" -e "s|@SERVICE_USER@|$SERVICE_USER|g" "$server/systemd/gridpatrol.service" \
      | write_if_changed /etc/systemd/system/gridpatrol.service 644
    systemctl daemon-reload
    systemctl is-enabled --quiet gridpatrol || { systemctl enable --quiet gridpatrol; say "enabled gridpatrol.service"; }
  else
    say "no systemd here: the server is started with $server/gridpatrol-server.sh start (not at boot)"
  fi
}

start_and_wait() {
  if health_up; then say "the server is up already"; return; fi
  if has_systemd; then systemctl start gridpatrol; else "$server/gridpatrol-server.sh" start --prefix "$PREFIX"; fi
  say "waiting for $(health_url) (the first start creates the tables) ..."
  local deployments=$server/wildfly/standalone/deployments started=$SECONDS
  while ! health_up; do
    [ -f "$deployments/gridpatrol.ear.failed" ] && die "the application failed to deploy: $(cat "$deployments/gridpatrol.ear.failed")"
    has_systemd || server_running || die "the server stopped; see $logs/server.log and $logs/console.log"
    [ $((SECONDS - started)) -lt 300 ] || die "no healthy answer after 5 minutes; see $logs/server.log"
    sleep 2
  done
  say "healthy after $((SECONDS - started)) s"
}

# The three separated administrators (三员), each with a one-time password the server makes
# them change at the first login. Accounts that exist already are left as they are.
first_accounts() {
  local name role display line password hash made=()
  for name in sysadmin secadmin auditor; do
    [ -z "$(owner_psql -tAc "SELECT 1 FROM app_user WHERE lower(username) = '$name'")" ] || continue
    case $name in
      sysadmin) role=SYSTEM_ADMIN display='系统管理员 System administrator' ;;
      secadmin) role=SECURITY_ADMIN display='安全管理员 Security administrator' ;;
      auditor) role=AUDITOR display='安全审计员 Auditor' ;;
    esac
    line=$("$server/jre/bin/java" -cp "$server/tools/gridpatrol-installer-tools.jar" org.gridpatrol.installer.OneTimePassword)
    password=${line%%$'\t'*} hash=${line#*$'\t'}
    owner_psql <<SQL
BEGIN;
INSERT INTO app_user (username, display_name, password_hash, must_change_password) VALUES ('$name', '$display', '$hash', true);
INSERT INTO user_role (user_id, role_id)
  SELECT u.id, r.id FROM app_user u, role r WHERE lower(u.username) = '$name' AND r.code = '$role';
INSERT INTO audit_log (actor, action, target_type, target_id, summary)
  SELECT 'installer', 'account.create', 'app_user', id::text, jsonb_build_object('username', '$name', 'role', '$role')
    FROM app_user WHERE lower(username) = '$name';
COMMIT;
SQL
    made+=("$name ($role): $password")
  done
  if [ ${#made[@]} -eq 0 ]; then say "the first administrators exist already"; return; fi
  say "first administrators (首次登录须改密码 / must change the password at first login):"
  printf '    %s\n' "${made[@]}"
  say "write these down now: they are shown only once."
}
