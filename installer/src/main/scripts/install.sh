#!/usr/bin/env bash
# Installs the GridPatrol server (网格巡查服务端) from this unpacked bundle, offline.
#
#   install.sh --answers FILE [--prefix DIR] [--user NAME] [--port-offset N]
#
# On Debian 12 without PostgreSQL 15 / PostGIS 3 it installs them from the bundle's packages
# (INSTALL_POSTGRES=yes in the answers file, or when asked). Then it checks the machine and lists
# every problem at once (OS, memory, disk, ports, PostgreSQL 15, PostGIS); nothing else changes
# unless all checks pass. Then: files into PREFIX,
# a system user, the database and its roles, TLS (HTTPS only), the service, the first
# administrators with one-time passwords. Running it again changes nothing.
# Options override the answers file (see answers.example). --user root skips the system user.
set -euo pipefail
bundle=$(cd "$(dirname "$0")" && pwd)
# shellcheck source=lib/common.sh
. "$bundle/lib/common.sh"

answers=""; opt_prefix=""; opt_user=""; opt_offset=""
while [ $# -gt 0 ]; do
  case "$1" in
    --answers) answers=$2; shift 2 ;;
    --prefix) opt_prefix=$2; shift 2 ;;
    --user) opt_user=$2; shift 2 ;;
    --port-offset) opt_offset=$2; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; die "unknown option $1" ;;
  esac
done
[ -n "$answers" ] || { usage >&2; die "--answers FILE is required (copy answers.example and fill it in)"; }
[ -f "$answers" ] || die "answers file $answers not found"
[ "$(id -u)" = 0 ] || die "run as root (sudo $0 ...)"

PREFIX=/opt/gridpatrol SERVICE_USER=gridpatrol SERVER_NAME=$(hostname -f 2>/dev/null || hostname)
BIND_ADDRESS=0.0.0.0 PORT_OFFSET=0 DB_HOST=127.0.0.1 DB_PORT=5432 DB_NAME=gridpatrol
DB_ADMIN_USER=postgres DB_ADMIN_PASSWORD="" TLS_CERT="" TLS_KEY="" BACKUP_DIR=/var/backups/gridpatrol
INSTALL_POSTGRES=ask
# shellcheck disable=SC1090
. "$answers"
PREFIX=${opt_prefix:-$PREFIX} SERVICE_USER=${opt_user:-$SERVICE_USER} PORT_OFFSET=${opt_offset:-$PORT_OFFSET}
mkdir -p "$(dirname "$PREFIX")"
PREFIX=$(cd "$(dirname "$PREFIX")" && pwd)/$(basename "$PREFIX")
layout
version=$(cat "$bundle/VERSION")

# shellcheck source=lib/postgres-debs.sh
. "$bundle/lib/postgres-debs.sh"
# shellcheck source=lib/preflight.sh
. "$bundle/lib/preflight.sh"
# shellcheck source=lib/install-steps.sh
. "$bundle/lib/install-steps.sh"

install_postgres_from_bundle
preflight
install_files
create_user
create_database
write_settings
setup_tls
install_service
start_and_wait
first_accounts
say "GridPatrol $version is running."
say "  address (地址):        https://$SERVER_NAME:$https_port/   (API: https://$SERVER_NAME:$https_port/api/v1/)"
say "  health (健康检查):     https://$SERVER_NAME:$https_port/api/v1/health"
say "  management (管理端口): 127.0.0.1:$mgmt_port (local only)"
say "  certificate SHA-256:   $(cert_fingerprint)"
