package org.gridpatrol.geoserver.mapserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

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
}
