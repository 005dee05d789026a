# upgrade.sh's steps: stopping and starting the service, the migrations, undoing a failed upgrade.
# shellcheck shell=bash

stop_server() {
  if has_systemd && [ -f /etc/systemd/system/gridpatrol.service ]; then
    systemctl stop gridpatrol
  else
    "$server/gridpatrol-server.sh" stop --prefix "$PREFIX"
  fi
}

# The new version's migrations, as the owner role, before the server starts: a failing one stops
# the upgrade here with PostgreSQL's own message (each migration runs in a transaction of its own).
run_migrations() {
  # shellcheck disable=SC1091
  . "$etc/secrets"
  say "migrating database $DB_NAME with the migrations of $version ..."
  if ! GP_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME" GP_DB_USER="${DB_NAME}_owner" \
    GP_DB_PASSWORD=$OWNER_PASSWORD "$server/jre/bin/java" -cp "$server/tools/*:$server/tools/lib/*" \
    org.gridpatrol.installer.MigrationRunner "$server/migrations" 2>&1 | tee "$logs/upgrade-migrations.log" \
    | sed -e '/ org\.flywaydb\./d' -e '/^INFO: Database: /d'; then     # the log keeps Flyway's every word
    die "the migrations of $version failed (log: $logs/upgrade-migrations.log)"
  fi
}

# Back to the version that ran before (its settings are back already), with the database as the
# backup left it: the old version's own restore.sh stops the server, restores, starts it and waits for health.
rollback() {
  set +e
  say "ROLLING BACK to $previous (回滚) ..."
  stop_server >/dev/null 2>&1
  switch_to "$previous"
  rm -rf "$PREFIX/versions/$version"
  layout
  if "$server/restore.sh" --prefix "$PREFIX" --from "$backup" --yes; then
    say "rolled back: GridPatrol $previous is running again with the database of $backup"
    return 0
  fi
  say "THE ROLLBACK FAILED: GridPatrol $previous is in place but not healthy."
  say "  by hand: $server/restore.sh --prefix $PREFIX --from $backup --yes ; see $logs/server.log"
  return 1
}

# What a failure undoes depends on how far the upgrade got (PHASE): staging only removes the
# staged version; stopped (no backup yet, the database untouched) starts the old version again;
# switched rolls back with the backup.
undo() {
  set +e
  rm -rf "$etc" && cp -a "$work/etc" "$etc" && rm -rf "$work"
  layout
  case $1 in
    staging)
      rm -rf "$staged"
      die "could not prepare $version; nothing was changed and $previous still runs (see above)" ;;
    stopped)
      rm -rf "$staged"
      if (start_and_wait); then die "the upgrade to $version failed before the database was touched; $previous runs again"; fi
      die "the upgrade to $version failed and $previous does not start again: act now (see above)" ;;
    switched)
      if rollback; then die "the upgrade to $version failed and was rolled back to $previous (see above)"; fi
      die "the upgrade to $version failed and so did the rollback to $previous: act now (see above)" ;;
  esac
}
