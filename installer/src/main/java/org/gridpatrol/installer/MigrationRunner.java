package org.gridpatrol.installer;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gridpatrol.database.SchemaMigration;
import org.gridpatrol.database.SchemaState;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Applies the SQL migrations of a bundle's {@code migrations} folder before the server starts,
 * so upgrade.sh sees a failed migration as a failure of its own (and rolls back) instead of a
 * server that refuses to serve. Runs on the bundled JRE:
 * {@code java -cp 'tools/*:tools/lib/*' org.gridpatrol.installer.MigrationRunner DIR}, with
 * {@code GP_DB_URL}, {@code GP_DB_USER} and {@code GP_DB_PASSWORD} in the environment (not on
 * the command line, where any local user could read the password). Exit 0 and the version
 * reached, or 1 and the reason.
 */
public final class MigrationRunner {

    private MigrationRunner() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || !Files.isDirectory(Path.of(args[0]))) {
            System.err.println("usage: MigrationRunner MIGRATIONS_DIR (with GP_DB_URL, GP_DB_USER, GP_DB_PASSWORD set)");
            System.exit(2);
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(required("GP_DB_URL"));
        dataSource.setUser(required("GP_DB_USER"));
        dataSource.setPassword(required("GP_DB_PASSWORD"));
        String location = "filesystem:" + Path.of(args[0]).toAbsolutePath();
        SchemaState state = new SchemaMigration(dataSource, location).migrate();
        if (state.current()) {
            System.out.println("database schema is current at version " + state.version());
        } else {
            System.err.println("migration failed: " + state.message());
            System.exit(1);
        }
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            System.err.println("MigrationRunner: " + name + " is not set");
            System.exit(2);
        }
        return value;
    }
}
