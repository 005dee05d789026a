# install.sh's checks: every problem is collected, then all are reported together.
# shellcheck shell=bash

problems=()
problem() { problems+=("$*"); }

check_os() {
  [ "$(uname -s)" = Linux ] && [ "$(uname -m)" = x86_64 ] || problem "OS: needs Linux x86_64, this is $(uname -sm)"
  if [ -f /etc/os-release ]; then
    # shellcheck disable=SC1091
    . /etc/os-release
    [ "${ID:-}" = debian ] && [ "${VERSION_ID:-}" = 12 ] || say "note: tested on Debian 12; this is ${PRETTY_NAME:-unknown}"
  fi
  for tool in psql curl tar sha256sum runuser setsid; do
    command -v "$tool" >/dev/null || problem "tool: '$tool' is missing (psql: apt-get install postgresql-client-15)"
  done
  if [ -n "$TLS_CERT" ] || [ -n "$TLS_KEY" ]; then
    command -v openssl >/dev/null || problem "tool: openssl is needed to use the given certificate"
    [ -f "$TLS_CERT" ] || problem "TLS: certificate file '$TLS_CERT' not found"
    [ -f "$TLS_KEY" ] || problem "TLS: key file '$TLS_KEY' not found"
  fi
}

check_resources() {
  local mem_mb disk_mb
  mem_mb=$(awk '/^MemTotal:/ {print int($2 / 1024)}' /proc/meminfo)
  [ "$mem_mb" -ge "${MIN_MEMORY_MB:-3072}" ] || problem "memory: ${mem_mb} MB, needs ${MIN_MEMORY_MB:-3072} MB"
  local at=$PREFIX
  while [ ! -d "$at" ]; do at=$(dirname "$at"); done
  disk_mb=$(df -Pm "$at" | awk 'NR == 2 {print $4}')
  [ -d "$server" ] || [ "$disk_mb" -ge "${MIN_DISK_MB:-2048}" ] \
    || problem "disk: ${disk_mb} MB free under $at, needs ${MIN_DISK_MB:-2048} MB"
}

check_ports() {
  # our own server holds them on a second run
  if [ -d "$server" ] && { health_up || server_running; }; then return; fi
  local port
  for port in "$https_port" "$mgmt_port"; do
    port_free "$port" || problem "port: $port is taken by another program (change PORT_OFFSET)"
  done
}

check_postgres() {
  local version
  if ! version=$(admin_psql -d postgres -tAc "SHOW server_version_num" 2>&1); then
    problem "PostgreSQL: cannot sign in to $DB_HOST:$DB_PORT as $DB_ADMIN_USER: $(echo "$version" | head -1)"
    return
  fi
  [ "$version" -ge 150000 ] || problem "PostgreSQL: version $version at $DB_HOST:$DB_PORT, needs 15 or newer"
  [ "$(admin_psql -d postgres -tAc "SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user")" = t ] \
    || problem "PostgreSQL: $DB_ADMIN_USER may not create roles"
  [ -n "$(admin_psql -d postgres -tAc "SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")" ] \
    || problem "PostGIS: not installed on $DB_HOST (apt-get install postgresql-15-postgis-3)"
}

preflight() {
  say "checking the machine (检查环境) ..."
  check_os
  check_resources
  check_ports
  command -v psql >/dev/null && check_postgres
  if [ ${#problems[@]} -gt 0 ]; then
    echo "Cannot install; nothing was changed. Fix these first (请先解决以下问题):" >&2
    printf '  - %s\n' "${problems[@]}" >&2
    exit 1
  fi
  say "checks passed: $(uname -m), memory, disk, ports $https_port/$mgmt_port, PostgreSQL, PostGIS"
}
