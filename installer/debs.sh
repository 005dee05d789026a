#!/usr/bin/env bash
# The Debian 12 packages of PostgreSQL 15 and PostGIS 3 with every dependency a minimal Debian 12
# lacks, for targets without internet (install.sh installs them with INSTALL_POSTGRES=yes).
#
#   debs.sh OUT_DIR          fetch them into OUT_DIR (a cache in ~/.cache/gridpatrol/debs
#                            spares the download next time)
#   debs.sh --base-status F  write F: a dpkg status file of a minimal Debian 12 (the packages of
#                            priority required, the essential ones and their dependencies, as
#                            installed here), against which the closure is resolved and checked
#
# Without apt (not Debian) or without the package registry it writes OUT_DIR/NOT-BUNDLED.txt,
# warns and exits 0: the bundle is still good for targets that have PostgreSQL already.
set -euo pipefail
packages=(postgresql-15 postgresql-15-postgis-3)

base_status() {
  local required
  required=$(dpkg-query -W -f='${Package} ${Essential} ${Priority}\n' | awk '$2 == "yes" || $3 == "required" {print $1}')
  # shellcheck disable=SC2086
  dpkg-query -s $(apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
    --no-breaks --no-replaces --no-enhances $required 2>/dev/null | grep '^[a-z0-9]' | sed 's/:.*//' | sort -u) \
    2>/dev/null >"$1" || true   # alternatives not installed here are left out
}

case "${1:-}" in
  --base-status) base_status "$2"; exit 0 ;;
  ""|-h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac
out=$1
cache=${GP_DEB_CACHE:-$HOME/.cache/gridpatrol/debs}
mkdir -p "$out"

not_bundled() {
  echo "bundle: WARNING: PostgreSQL packages not bundled: $*" >&2
  cat >"$out/NOT-BUNDLED.txt" <<NOTE
The PostgreSQL 15 and PostGIS 3 packages are not in this bundle ($*).
Install them from your Debian 12 mirror or DVD before install.sh:
  apt-get install postgresql-15 postgresql-15-postgis-3
未包含 PostgreSQL 15 / PostGIS 3 安装包：请先从 Debian 12 镜像或光盘安装。
NOTE
  exit 0
}

command -v apt-get >/dev/null && command -v dpkg-query >/dev/null || not_bundled "this build machine has no apt"
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
base_status "$state/status"
touch "$state/extended_states"
mkdir -p "$cache/partial"
apt_opts=(-q -y --no-install-recommends -o Debug::NoLocking=1 -o "Dir::State::status=$state/status"
  -o "Dir::State::extended_states=$state/extended_states" -o "Dir::Cache::archives=$cache"
  -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache=)
# the whole list: apt leaves out of --print-uris what its archive folder holds already
mkdir -p "$state/empty/partial"
apt-get install --print-uris "${apt_opts[@]}" -o "Dir::Cache::archives=$state/empty" "${packages[@]}" >"$state/uris" 2>&1 \
  || not_bundled "apt cannot resolve ${packages[*]}: $(tail -1 "$state/uris")"
apt-get install --download-only "${apt_opts[@]}" "${packages[@]}" >"$state/download.log" 2>&1 \
  || not_bundled "the download failed (offline?): $(tail -1 "$state/download.log")"
count=0
while read -r file; do
  cp "$cache/$file" "$out/"; count=$((count + 1))
done < <(sed -n "s/^'[^']*' \([^ ]*\) .*/\1/p" "$state/uris")
[ $count -gt 0 ] || not_bundled "apt listed no package to download"
echo "bundle: $count PostgreSQL/PostGIS packages ($(du -sh "$out" | cut -f1)) for Debian 12"
