package org.gridpatrol.geoserver.mapserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.gridpatrol.database.SchemaMigration;
import org.gridpatrol.database.SchemaState;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** V18's views as the read-only GIS role sees them: the views yes, the tables no. */
class GisViewsIT {

    @Test
    void theGisRoleReadsTheLiveGridsThroughItsViewAndNoTable() throws Exception {
        DemoMapServer server = DemoMapServer.get();
        int live;
        try (Connection c = server.jdbc(); ResultSet r = c.createStatement().executeQuery(
                "SELECT count(*) FROM grid WHERE retired_at IS NULL")) {
            r.next();
            live = r.getInt(1);
        }
        try (Connection gis = server.jdbcAsGis()) {
            try (ResultSet r = gis.createStatement().executeQuery(
                    "SELECT count(*), min(ST_SRID(geom)), bool_and(org_code IS NOT NULL) FROM gis_grid")) {
                r.next();
                assertEquals(live, r.getInt(1));
                assertTrue(live > 0);
                assertEquals(4326, r.getInt(2));
                assertTrue(r.getBoolean(3));
            }
            for (String view : new String[] {"gis_officer_position", "gis_open_alarm", "gis_track_yesterday"}) {
                try (ResultSet r = gis.createStatement().executeQuery("SELECT count(*) FROM " + view)) {
                    assertTrue(r.next(), view);
                }
            }
            SQLException refused = assertThrows(SQLException.class,
                    () -> gis.createStatement().executeQuery("SELECT count(*) FROM officer"));
            assertEquals("42501", refused.getSQLState(), "permission denied on a table");
        }
    }

    @Test
    void whenTheRoleExistsBeforeTheMigrationTheMigrationGrantsTheViewsItself() throws Exception {
        DemoMapServer server = DemoMapServer.get();   // gis-role.sh has made gridpatrol_gis by now
        String scratch = "gp_gis_" + Long.toString(System.nanoTime(), 36);
        try (Connection c = server.jdbc()) {
            c.createStatement().execute("CREATE DATABASE " + scratch);
        }
        try {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(server.env.get("GP_DB_URL").replaceFirst("/[^/]+$", "/" + scratch));
            ds.setUser(server.env.get("GP_DB_USER"));
            ds.setPassword(server.env.get("GP_DB_PASSWORD"));
            assertEquals(SchemaState.Kind.CURRENT, new SchemaMigration(ds).migrate().kind());
            try (Connection c = ds.getConnection(); ResultSet r = c.createStatement().executeQuery("""
                    SELECT has_table_privilege('gridpatrol_gis', 'gis_grid', 'SELECT'),
                           has_table_privilege('gridpatrol_gis', 'gis_track_yesterday', 'SELECT'),
                           has_table_privilege('gridpatrol_gis', 'grid', 'SELECT')""")) {
                r.next();
                assertTrue(r.getBoolean(1) && r.getBoolean(2), "V18 granted the views to the role it found");
                assertTrue(!r.getBoolean(3), "and no table");
            }
        } finally {
            try (Connection c = server.jdbc()) {
                c.createStatement().execute("DROP DATABASE IF EXISTS " + scratch);
            }
        }
    }
}
