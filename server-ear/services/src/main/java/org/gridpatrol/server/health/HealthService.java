package org.gridpatrol.server.health;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.gridpatrol.database.SchemaState;
import org.gridpatrol.model.Health;
import org.gridpatrol.server.schema.SchemaStartup;

/** Reads what the health endpoint reports: the database, PostGIS and the schema. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthService {
    private static final String VERSION = HealthService.class.getPackage().getImplementationVersion();

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private SchemaStartup schema;

    /** @return UP when the database answers and the schema is current, DOWN with the reason otherwise */
    public Health check() {
        SchemaState state = schema.state();
        String database;
        String postgis;
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT current_setting('server_version'), postgis_lib_version()")) {
            row.next();
            database = "PostgreSQL " + row.getString(1);
            postgis = row.getString(2);
        } catch (SQLException e) {
            return new Health("DOWN", VERSION, null, null, state.version(), state.kind().name(),
                    "the database does not answer: " + e.getMessage());
        }
        boolean up = state.current();
        return new Health(up ? "UP" : "DOWN", VERSION, database, postgis, state.version(), state.kind().name(),
                up ? null : state.message());
    }
}
