package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.gridpatrol.database.SchemaMigration;
import org.gridpatrol.database.SchemaState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The migrations on a scratch database of the private cluster: whole, twice, and broken half-way. */
class SchemaMigrationIT {
    private final String database = "scratch_" + ProcessHandle.current().pid() + "_" + System.nanoTime() % 100_000;

    @BeforeEach
    void createScratchDatabase() throws SQLException {
        try (Connection db = PrivateDatabase.connect(); Statement st = db.createStatement()) {
            st.execute("CREATE DATABASE " + database);
        }
    }

    @AfterEach
    void dropScratchDatabase() throws SQLException {
        try (Connection db = PrivateDatabase.connect(); Statement st = db.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    @Test
    void migratesAnEmptyDatabaseAndASecondRunChangesNothing() {
        SchemaState first = new SchemaMigration(scratch()).migrate();
        assertTrue(first.current(), String.valueOf(first.message()));
        SchemaState second = new SchemaMigration(scratch()).migrate();
        assertTrue(second.current());
        assertEquals(first.version(), second.version());
    }

    @Test
    void aFailedMigrationLeavesTheDatabaseRefusedWithAClearMessage() throws SQLException {
        assertTrue(new SchemaMigration(scratch()).migrate().current());
        // what a migration that died half-way leaves behind where DDL cannot roll back
        try (Connection db = PrivateDatabase.connect(database); Statement st = db.createStatement()) {
            st.execute("UPDATE flyway_schema_history SET success = false"
                    + " WHERE installed_rank = (SELECT max(installed_rank) FROM flyway_schema_history)");
        }
        SchemaState state = new SchemaMigration(scratch()).migrate();
        assertEquals(SchemaState.Kind.FAILED, state.kind());
        assertTrue(state.message().contains("failed migration"), state.message());
        assertTrue(state.message().contains("restore the last backup"), state.message());

        SchemaState check = new SchemaMigration(scratch()).check();
        assertEquals(SchemaState.Kind.FAILED, check.kind(), "a server that only checks refuses too");
    }

    @Test
    void anEditedMigrationIsDetected() throws SQLException {
        assertTrue(new SchemaMigration(scratch()).migrate().current());
        try (Connection db = PrivateDatabase.connect(database); Statement st = db.createStatement()) {
            st.execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '2'");
        }
        SchemaState state = new SchemaMigration(scratch()).check();
        assertEquals(SchemaState.Kind.FAILED, state.kind());
        assertTrue(state.message().contains("checksum mismatch"), state.message());
    }

    private DataSource scratch() {
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                return PrivateDatabase.connect(database);
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return getConnection();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() {
                return Logger.getGlobal();
            }

            @Override
            public <T> T unwrap(Class<T> type) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> type) {
                return false;
            }
        };
    }
}
