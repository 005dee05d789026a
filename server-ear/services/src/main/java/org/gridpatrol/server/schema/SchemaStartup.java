package org.gridpatrol.server.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.gridpatrol.database.SchemaMigration;
import org.gridpatrol.database.SchemaState;

/**
 * Migrates the schema when the application starts and remembers the outcome, so
 * every request can be refused with a clear reason while the schema is not current.
 * {@code gridpatrol.schema.migrate=false} (set by installs whose installer migrates)
 * only checks it.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN) // Flyway runs its own transactions
public class SchemaStartup {
    private static final Logger LOG = Logger.getLogger(SchemaStartup.class.getName());

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    private volatile SchemaState state = SchemaState.migrating();

    @PostConstruct
    void migrate() {
        SchemaMigration migration = new SchemaMigration(dataSource);
        boolean migrate = !"false".equalsIgnoreCase(System.getProperty("gridpatrol.schema.migrate", "true"));
        state = migrate ? migration.migrate() : migration.check();
        if (state.current()) {
            LOG.info(() -> "database schema is current at version " + state.version());
        } else {
            LOG.severe(() -> "refusing to serve: " + state.message());
        }
    }

    /** @return the schema state reached at start-up */
    public SchemaState state() {
        return state;
    }
}
