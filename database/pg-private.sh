#!/usr/bin/env bash
# A private PostgreSQL 15 + PostGIS 3 cluster for GridPatrol: its own data folder,
# its own port, its own passwords. Used by the tests, the demo and developers alike.
#
#   pg-private.sh start   --dir DIR [--port N]   create (first time) and start; prints the env file
#   pg-private.sh stop    --dir DIR              stop (fast shutdown)
#   pg-private.sh status  --dir DIR              running or not, and where
#   pg-private.sh env     --dir DIR              print the connection settings
#   pg-private.sh destroy --dir DIR              stop and delete the cluster
#   pg-private.sh psql    --dir DIR [args]       psql as the application role
#
# DIR/env (shell) and DIR/db.properties (Java) hold host, port, database, roles
# and passwords once the cluster exists. Two clusters in two folders never collide:
# each gets a free port of its own. (The server is started with the lock's file
# descriptor closed, or it would hold the lock for its whole life.)
set -euo pipefail

PG_MAJOR=15
PG_BIN=${PG_BIN:-/usr/lib/postgresql/$PG_MAJOR/bin}
DB_NAME=gridpatrol
APP_ROLE=gridpatrol
READ_ROLE=gridpatrol_read
ADMIN_ROLE=gpadmin

die() { echo "pg-private: $*" >&2; exit 1; }
say() { echo "pg-private: $*" >&2; }

cmd=${1:-}; shift || true
dir=""; want_port=""
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir=$2; shift 2 ;;
    --port) want_port=$2; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) extra+=("$1"); shift ;;
  esac
done
[ -n "$cmd" ] || die "usage: pg-private.sh start|stop|status|env|destroy|psql --dir DIR"
[ -n "$dir" ] || die "--dir DIR is required"
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

# PostgreSQL refuses to run as root: as root the cluster belongs to the 'postgres' user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

ensure_binaries() {
  local postgis_control=/usr/share/postgresql/$PG_MAJOR/extension/postgis.control
  if [ -x "$PG_BIN/postgres" ] && [ -f "$postgis_control" ]; then return; fi
  local pkgs="postgresql-$PG_MAJOR postgresql-$PG_MAJOR-postgis-3"
  if [ "$(id -u)" != 0 ]; then
    die "PostgreSQL $PG_MAJOR with PostGIS 3 is missing. Install it with: sudo apt-get install -y $pkgs"
  fi
  say "installing $pkgs with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -q $pkgs >"$dir/apt.log" 2>&1; then
    apt-get update -q >>"$dir/apt.log" 2>&1 || true
    apt-get install -y -q $pkgs >>"$dir/apt.log" 2>&1 || die "apt-get install $pkgs failed; see $dir/apt.log"
  fi
  [ -x "$PG_BIN/postgres" ] && [ -f "$postgis_control" ] || die "PostGIS still missing after apt-get; see $dir/apt.log"
}

# pgRouting is optional: routes use it over a loaded street network and fall back to straight
# lines without it, so a failed install only warns.
ensure_pgrouting() {
  [ -f "/usr/share/postgresql/$PG_MAJOR/extension/pgrouting.control" ] && return
  local pkg="postgresql-$PG_MAJOR-pgrouting"
  if [ "$(id -u)" != 0 ]; then
    say "pgRouting is missing (routes will be straight lines); install it with: sudo apt-get install -y $pkg"
    return
  fi
  say "installing $pkg with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$pkg" >>"$dir/apt.log" 2>&1 \
    || say "apt-get install $pkg failed (routes will be straight lines); see $dir/apt.log"
}


# The cluster lives in DIR/cluster; as root, when 'postgres' cannot reach DIR
# (a clone under /root, say), it lives under /var/tmp and DIR/cluster links to it.
cluster_dir() {
  if [ -e "$dir/cluster" ]; then readlink -f "$dir/cluster"; return; fi
  local target="$dir/cluster"
  if [ "$(id -u)" = 0 ] && ! runuser -u postgres -- test -x "$dir" 2>/dev/null; then
    target=/var/tmp/gridpatrol-pg/$(printf '%s' "$dir" | sha1sum | cut -c1-16)
    mkdir -p "$target"
    ln -s "$target" "$dir/cluster"
  else
    mkdir -p "$target"
  fi
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$target" && chmod 700 "$target"
  readlink -f "$dir/cluster"
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pick_port() {
  local p
  if [ -n "$want_port" ]; then port_free "$want_port" || die "port $want_port is taken"; echo "$want_port"; return; fi
  for _ in $(seq 1 200); do
    p=$((20000 + RANDOM % 30000))
    port_free "$p" && { echo "$p"; return; }
  done
  die "no free port found"
}

random_secret() { head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20; }

write_env() {
  local port=$1 cdir=$2
  # shellcheck disable=SC1091
  . "$dir/secrets"
  cat >"$dir/env" <<ENV
GP_DB_HOST=127.0.0.1
GP_DB_PORT=$port
GP_DB_NAME=$DB_NAME
GP_DB_USER=$APP_ROLE
GP_DB_PASSWORD=$APP_PASSWORD
GP_DB_READ_USER=$READ_ROLE
GP_DB_READ_PASSWORD=$READ_PASSWORD
GP_DB_URL=jdbc:postgresql://127.0.0.1:$port/$DB_NAME
GP_DB_SOCKET_DIR=$cdir
GP_DB_ADMIN=$ADMIN_ROLE
ENV
  cat >"$dir/db.properties" <<PROPS
gridpatrol.db.url=jdbc:postgresql://127.0.0.1:$port/$DB_NAME
gridpatrol.db.user=$APP_ROLE
gridpatrol.db.password=$APP_PASSWORD
gridpatrol.db.read.user=$READ_ROLE
gridpatrol.db.read.password=$READ_PASSWORD
PROPS
  chmod 600 "$dir/env" "$dir/db.properties" "$dir/secrets"
}

admin_psql() {
  local cdir=$1 port=$2; shift 2
  as_owner "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$cdir" -p "$port" -U "$ADMIN_ROLE" "$@"
}

is_running() {
  local cdir=$1
  [ -f "$cdir/data/postmaster.pid" ] && as_owner "$PG_BIN/pg_ctl" -D "$cdir/data" status >/dev/null 2>&1
}

current_port() { sed -n 's/^GP_DB_PORT=//p' "$dir/env" 2>/dev/null || true; }

start() {
  ensure_binaries
  ensure_pgrouting
  local cdir port fresh=0
  cdir=$(cluster_dir)
  if is_running "$cdir"; then
    say "already running on port $(current_port) ($dir)"; echo "$dir/env"; return
  fi
  if [ ! -f "$cdir/data/PG_VERSION" ]; then
    fresh=1
    printf 'APP_PASSWORD=%s\nREAD_PASSWORD=%s\n' "$(random_secret)" "$(random_secret)" >"$dir/secrets"
    as_owner "$PG_BIN/initdb" -D "$cdir/data" -U "$ADMIN_ROLE" -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
      || die "initdb failed; see $dir/initdb.log"
    as_owner tee -a "$cdir/data/postgresql.conf" >/dev/null <<CONF
# GridPatrol private cluster
listen_addresses = '127.0.0.1'
unix_socket_directories = '$cdir'
max_connections = 200
shared_buffers = 256MB
wal_compression = on
max_wal_size = 2GB
CONF
  fi
  # the same port as last time when it is free: a server configured with it reconnects by itself
  local previous; previous=$(current_port)
  if [ -z "$want_port" ] && [ -n "$previous" ] && port_free "$previous"; then port=$previous; else port=$(pick_port); fi
  local started=0
  for _ in 1 2 3; do
    if as_owner "$PG_BIN/pg_ctl" -D "$cdir/data" -o "-p $port" -l "$cdir/server.log" -w -t 60 start >/dev/null 2>&1 9>&-; then
      started=1; break
    fi
    port=$(pick_port)   # lost a race for the port: try another
  done
  [ $started = 1 ] || die "PostgreSQL did not start; see $cdir/server.log"
  write_env "$port" "$cdir"
  if [ $fresh = 1 ]; then
    # shellcheck disable=SC1091
    . "$dir/secrets"
    admin_psql "$cdir" "$port" -d postgres <<SQL
CREATE ROLE $APP_ROLE LOGIN CREATEDB PASSWORD '$APP_PASSWORD';
CREATE ROLE $READ_ROLE LOGIN PASSWORD '$READ_PASSWORD';
CREATE DATABASE $DB_NAME OWNER $APP_ROLE;
SQL
    # PostGIS in template1 too, so a test can create a scratch database of its own
    # (this is a developers' cluster: the installer grants no CREATEDB).
    admin_psql "$cdir" "$port" -d template1 -c "CREATE EXTENSION IF NOT EXISTS postgis"
    admin_psql "$cdir" "$port" -d "$DB_NAME" <<SQL
CREATE EXTENSION IF NOT EXISTS postgis;
GRANT CONNECT ON DATABASE $DB_NAME TO $READ_ROLE;
ALTER DEFAULT PRIVILEGES FOR ROLE $APP_ROLE IN SCHEMA public GRANT SELECT ON TABLES TO $READ_ROLE;
SQL
  fi
  # CREATE EXTENSION pgrouting needs a superuser: the cluster's owner makes it at every start, so a
  # cluster made before the package was installed gets it too
  if [ -f "/usr/share/postgresql/$PG_MAJOR/extension/pgrouting.control" ]; then
    admin_psql "$cdir" "$port" -d "$DB_NAME" -c "CREATE EXTENSION IF NOT EXISTS pgrouting" >/dev/null
  fi
  say "PostgreSQL $PG_MAJOR + PostGIS on 127.0.0.1:$port, database $DB_NAME ($dir)"
  echo "$dir/env"
}

stop() {
  [ -e "$dir/cluster" ] || { say "no cluster in $dir"; return; }
  local cdir; cdir=$(cluster_dir)
  if is_running "$cdir"; then
    as_owner "$PG_BIN/pg_ctl" -D "$cdir/data" -m fast -w stop >/dev/null
    say "stopped ($dir)"
  else
    say "not running ($dir)"
  fi
}

case "$cmd" in
  start) (flock 9; start) 9>"$dir/.lock" ;;
  stop) (flock 9; stop) 9>"$dir/.lock" ;;
  status)
    if [ -e "$dir/cluster" ] && is_running "$(cluster_dir)"; then echo "running on port $(current_port)"; else echo "stopped"; exit 3; fi ;;
  env) cat "$dir/env" ;;
  destroy)
    (flock 9; stop; cdir=$(readlink -f "$dir/cluster" 2>/dev/null || true)
     [ -n "$cdir" ] && rm -rf "$cdir"; rm -rf "$dir/cluster" "$dir/env" "$dir/db.properties" "$dir/secrets") 9>"$dir/.lock"
    say "destroyed ($dir)" ;;
  psql)
    # shellcheck disable=SC1091
    . "$dir/env"
    PGPASSWORD=$GP_DB_PASSWORD exec psql -X -h 127.0.0.1 -p "$GP_DB_PORT" -U "$GP_DB_USER" -d "$GP_DB_NAME" "${extra[@]}" ;;
  *) die "unknown command '$cmd' (start|stop|status|env|destroy|psql)" ;;
esac
