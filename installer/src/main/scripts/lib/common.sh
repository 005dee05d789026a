# Shared by the GridPatrol server scripts: messages, settings, the installed layout.
# shellcheck shell=bash

say() { echo "[$(basename "$0")] $*"; }
die() { echo "[$(basename "$0")] ERROR: $*" >&2; exit 1; }

# The installed layout under PREFIX; bundle holds the unpacked archive the script came from.
layout() {
  server=$PREFIX/server          # link to versions/VERSION: wildfly, jre, tools, scripts in use
  etc=$PREFIX/etc                # gridpatrol.properties, tls.p12, secrets, install.conf
  data=$PREFIX/data              # photos and the server's own data
  logs=$PREFIX/log
  backups=${BACKUP_DIR:-/var/backups/gridpatrol}   # outside PREFIX: uninstall keeps it
  https_port=$((8443 + PORT_OFFSET))
  mgmt_port=$((9990 + PORT_OFFSET))
}

# Settings of an existing installation (written by install.sh) for the other scripts.
load_install_conf() {
  local conf=$1
  [ -f "$conf" ] || die "no installation found ($conf missing); pass --prefix of an installation"
  # shellcheck disable=SC1090
  . "$conf"
  layout
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# psql as the database administrator (install) or the owner role (backup, first accounts).
admin_psql() {
  PGPASSWORD=$DB_ADMIN_PASSWORD PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" \
    -U "$DB_ADMIN_USER" "$@"
}
owner_psql() {
  # shellcheck disable=SC1091
  . "$etc/secrets"
  PGPASSWORD=$OWNER_PASSWORD PGCONNECT_TIMEOUT=5 psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" \
    -U "${DB_NAME}_owner" -d "$DB_NAME" "$@"
}

health_url() { echo "https://127.0.0.1:$https_port/api/v1/health"; }
health_up() { curl -fsS --cacert "$etc/tls-ca.pem" --resolve "$SERVER_NAME:$https_port:127.0.0.1" \
  "https://$SERVER_NAME:$https_port/api/v1/health" >/dev/null 2>&1; }

# --help: the script's opening comment.
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
