#!/usr/bin/env bash
# Makes sure MapServer's mapserv is installed: installs mapserver-bin and cgi-mapserver with apt-get
# when it is missing and this runs as root (as database/pg-private.sh does for PostGIS); fails loudly
# otherwise. Prints the path of mapserv.
set -euo pipefail
if command -v mapserv >/dev/null 2>&1; then command -v mapserv; exit 0; fi
pkgs="mapserver-bin cgi-mapserver"
if [ "$(id -u)" != 0 ]; then
  echo "MapServer is missing. Install it with: sudo apt-get install -y $pkgs" >&2; exit 1
fi
log=$(mktemp)
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y -q $pkgs >"$log" 2>&1; then
  apt-get update -q >>"$log" 2>&1 || true
  apt-get install -y -q $pkgs >>"$log" 2>&1 || { cat "$log" >&2; echo "apt-get install $pkgs failed" >&2; exit 1; }
fi
command -v mapserv >/dev/null 2>&1 || { echo "mapserv still missing after installing $pkgs" >&2; exit 1; }
command -v mapserv
