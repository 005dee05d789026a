# PostgreSQL 15 and PostGIS 3 from the bundle's Debian packages (debs/, fetched when the bundle
# was built), for a Debian 12 machine without them and without internet.
# shellcheck shell=bash

# apt-get on the bundle's packages only: no package source is read and nothing is downloaded,
# so a dependency missing from debs/ fails here rather than halfway through an install.
bundled_debs_apt() {
  local empty; empty=$(mktemp -d)
  mkdir -p "$empty/lists/partial" "$empty/parts"; : >"$empty/sources.list"
  DEBIAN_FRONTEND=noninteractive apt-get install --no-download --no-install-recommends -q \
    -o "Dir::Etc::SourceList=$empty/sources.list" -o "Dir::Etc::SourceParts=$empty/parts" \
    -o "Dir::State::Lists=$empty/lists" -o Dir::Cache::pkgcache= -o Dir::Cache::srcpkgcache= \
    "$@" "$bundle"/debs/*.deb
  local status=$?
  rm -rf "$empty"
  return $status
}

postgres_packages_missing() {
  local package
  for package in postgresql-15 postgresql-15-postgis-3; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'ok installed' || return 0
  done
  return 1
}

# INSTALL_POSTGRES=yes (answers file) installs them without asking; "no" leaves it to the checks
# that follow; unset, a person at a terminal is asked.
install_postgres_from_bundle() {
  command -v dpkg-query >/dev/null || return 0     # not Debian: the checks say what is missing
  postgres_packages_missing || return 0
  case ${INSTALL_POSTGRES:-ask} in
    yes) ;;
    no) return 0 ;;
    *)
      [ -t 0 ] || return 0
      local reply
      read -r -p "PostgreSQL 15 / PostGIS 3 are not installed. Install them from this bundle? (从安装包安装?) [y/N] " reply
      [[ $reply == [yY]* ]] || return 0 ;;
  esac
  compgen -G "$bundle/debs/*.deb" >/dev/null \
    || die "this bundle holds no PostgreSQL packages: $(head -1 "$bundle/debs/NOT-BUNDLED.txt" 2>/dev/null)"
  case $DB_HOST in 127.0.0.1|localhost) ;; *) die "INSTALL_POSTGRES=yes installs PostgreSQL here: set DB_HOST=127.0.0.1" ;; esac
  say "installing PostgreSQL 15 and PostGIS 3 from $bundle/debs (offline) ..."
  local log; log=$(mktemp /tmp/gridpatrol-postgres-install.XXXXXX)
  bundled_debs_apt -y >"$log" 2>&1 || die "installing the bundled packages failed; see $log"
  # Debian's new cluster trusts only the local postgres user: give the administrator of the
  # answers file its password, so the installer signs in like with any other PostgreSQL
  runuser -u postgres -- psql -X -q -p "$DB_PORT" -d postgres -v ON_ERROR_STOP=1 \
    -c "ALTER ROLE $DB_ADMIN_USER PASSWORD '$DB_ADMIN_PASSWORD'" \
    || die "PostgreSQL was installed, but setting the password of $DB_ADMIN_USER failed"
  say "installed PostgreSQL 15 and PostGIS 3 (cluster 15/main, port $DB_PORT)"
}
