package org.gridpatrol.database;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a GridPatrol database to the schema this build expects, with the Flyway
 * migrations packed beside this class. Never throws: a failure becomes a FAILED
 * state whose message tells the operator what to do, because a half-migrated
 * database must refuse to serve rather than corrupt data.
 */
public final class SchemaMigration {

    /** Where the SQL migrations live on the class path. */
    public static final String LOCATION = "classpath:db/migration";

    private final Flyway flyway;

    /**
     * @param dataSource a connection pool to the GridPatrol database, as its owner role
     */
    public SchemaMigration(DataSource dataSource) {
        this(dataSource, LOCATION);
    }

    /**
     * @param dataSource a connection pool to the GridPatrol database, as its owner role
     * @param location   where the SQL migrations are, in Flyway's form: {@code classpath:...} or
     *                   {@code filesystem:...} (the installer runs those of a bundle's folder)
     */
    public SchemaMigration(DataSource dataSource, String location) {
        this.flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .validateOnMigrate(true)
                .outOfOrder(false)
                // the private cluster and the installer create PostGIS before the first run
                .baselineOnMigrate(false)
                .load();
    }

    /**
     * Applies pending migrations.
     *
     * @return CURRENT with the version reached, or FAILED with the reason
     */
    public SchemaState migrate() {
        try {
            MigrateResult result = flyway.migrate();
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion : currentVersion();
            return new SchemaState(SchemaState.Kind.CURRENT, version, null);
        } catch (FlywayException e) {
            return failed(e);
        }
    }

    /**
     * Checks the schema without changing it (for a server whose migrations are run by the installer).
     *
     * @return CURRENT when every known migration is applied and unchanged, FAILED otherwise
     */
    public SchemaState check() {
        try {
            flyway.validate();
            return new SchemaState(SchemaState.Kind.CURRENT, currentVersion(), null);
        } catch (FlywayException e) {
            return failed(e);
        }
    }

    private String currentVersion() {
        MigrationInfo current = flyway.info().current();
        return current == null || current.getVersion() == null ? null : current.getVersion().getVersion();
    }

    private SchemaState failed(FlywayException e) {
        String version;
        try {
            version = currentVersion();
        } catch (FlywayException unreadable) {
            version = null;
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        return new SchemaState(SchemaState.Kind.FAILED, version,
                "the database schema is not at the version this server needs (" + oneLine(reason)
                        + "); restore the last backup or repair the failed migration, then restart");
    }

    /** Flyway explains over several lines and ends with links to its web site: keep the facts. */
    private static String oneLine(String text) {
        return text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.contains("http"))
                .reduce((a, b) -> a + "; " + b)
                .orElse(text);
    }
}
