package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Route suggestions with answers known from the construction: checkpoints on the corners of a
 * square street grid (3 × 3 junctions, streets only along the grid lines), whose shortest walk
 * through all four corners is three sides, the short one twice when the sides differ; and
 * checkpoints far from any street, walked in straight lines end to end.
 */
@ExtendWith(ArquillianExtension.class)
class RouteIT {
    private static final double EARTH_RADIUS_M = 6_371_008.8;
    /** Street spacing in degrees: cells of ~190 m (lon) × ~220 m (lat) at 25–30° N. */
    private static final double STEP = 0.002;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    private static double metres(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
    }

    /** Streets along x = 0, 1, 2 and y = 0, 1, 2 (in steps from the origin), one segment per cell side. */
    private static void streetGrid(double[] o) throws Exception {
        long base = 1_000_000L * (1 + Math.abs(System.nanoTime() % 1_000_000L));
        try (Connection db = PrivateDatabase.connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO road (name, geom, length_m, source, target) SELECT ?, g, ST_Length(g::geography), ?, ?"
                        + " FROM (SELECT ST_SetSRID(ST_MakeLine(ST_MakePoint(?, ?), ST_MakePoint(?, ?)), 4326) AS g) s")) {
            for (int x = 0; x <= 2; x++) {
                for (int y = 0; y <= 2; y++) {
                    if (x < 2) {
                        segment(insert, base, o, x, y, x + 1, y);
                    }
                    if (y < 2) {
                        segment(insert, base, o, x, y, x, y + 1);
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private static void segment(PreparedStatement insert, long base, double[] o, int x1, int y1, int x2, int y2) throws Exception {
        insert.setString(1, "测试路");
        insert.setLong(2, base + x1 * 3 + y1);
        insert.setLong(3, base + x2 * 3 + y2);
        insert.setDouble(4, o[0] + x1 * STEP);
        insert.setDouble(5, o[1] + y1 * STEP);
        insert.setDouble(6, o[0] + x2 * STEP);
        insert.setDouble(7, o[1] + y2 * STEP);
        insert.addBatch();
    }

    private static long checkpoint(long grid, double lon, double lat) {
        Api.Answer created = Api.post("/checkpoints", Fixtures.json("gridId", grid, "name", Fixtures.unique("角"),
                "geometry", Map.of("type", "Point", "coordinates", List.of(lon, lat))));
        assertEquals(201, created.status(), created.raw().body());
        return created.body().path("id").asLong();
    }

    private static long plan(District.Officer officer, boolean forced, List<Long> checkpoints) {
        List<Map<String, Object>> stops = new ArrayList<>();
        checkpoints.forEach(id -> stops.add(Map.of("checkpointId", id)));
        Api.Answer created = Api.post("/plans", Fixtures.json("name", Fixtures.unique("路线"), "officerId", officer.id(),
                "forcedOrder", forced, "validFrom", Instant.now().toString(), "checkpoints", stops));
        assertEquals(201, created.status(), created.raw().body());
        return created.body().path("id").asLong();
    }

    /** @return whether the test database has pgRouting; it must when the package is installed here (pg-private.sh) */
    private static boolean pgRouting() throws Exception {
        boolean created = Fixtures.count("SELECT count(*) FROM pg_extension WHERE extname = 'pgrouting'") == 1;
        if (java.nio.file.Files.exists(java.nio.file.Path.of("/usr/share/postgresql/15/extension/pgrouting.control"))) {
            assertTrue(created, "pgRouting is installed on this machine, so the private cluster must have the extension");
        }
        return created;
    }

    @Test
    void theFourCornersOfASquareStreetGridAreWalkedAlongThreeSides() throws Exception {
        District.Officer officer = District.officer();
        double[] o = District.origin();
        long grid = Api.post("/grids", District.draft("KEY_AREA", "路网", null, officer.squadId(),
                District.cell(o[0] - 0.001, o[1] - 0.001, 2 * STEP + 0.002, 2 * STEP + 0.002), null)).body().path("id").asLong();
        streetGrid(o);
        // corners in a scrambled order: SW, NE, SE, NW
        double[][] corners = {{o[0], o[1]}, {o[0] + 2 * STEP, o[1] + 2 * STEP}, {o[0] + 2 * STEP, o[1]}, {o[0], o[1] + 2 * STEP}};
        List<Long> ids = new ArrayList<>();
        for (double[] c : corners) {
            ids.add(checkpoint(grid, c[0], c[1]));
        }
        double south = metres(o[0], o[1], o[0] + 2 * STEP, o[1]);
        double north = metres(o[0], o[1] + 2 * STEP, o[0] + 2 * STEP, o[1] + 2 * STEP);
        double west = metres(o[0], o[1], o[0], o[1] + 2 * STEP);
        double shortest = Math.min(south + west + north, west + north + west);

        JsonNode route = Api.get("/plans/" + plan(officer, false, ids) + "/route").body();
        if (!pgRouting()) {
            assertEquals("STRAIGHT_LINE", route.path("mode").asText(), route.toString());
            assertTrue(route.path("modeReason").asText().contains("pgRouting"), route.toString());
            return;
        }
        assertEquals("ROAD_NETWORK", route.path("mode").asText(), route.toString());
        assertEquals(shortest, route.path("lengthM").asDouble(), shortest * 0.005, route.toString());
        assertEquals(4, route.path("order").size());
        JsonNode path = route.path("path");
        assertEquals("LineString", path.path("type").asText());
        // the walk follows the streets: every vertex on a grid line
        for (JsonNode p : path.path("coordinates")) {
            double x = (p.path(0).asDouble() - o[0]) / STEP;
            double y = (p.path(1).asDouble() - o[1]) / STEP;
            assertTrue(Math.abs(x - Math.rint(x)) < 1e-6 || Math.abs(y - Math.rint(y)) < 1e-6, p.toString());
        }

        // forced order SW → NE → SE → NW: two diagonals walked around the blocks (the shorter way, by the
        // north side), and the east side
        JsonNode forced = Api.get("/plans/" + plan(officer, true, ids) + "/route").body();
        assertEquals(ids.toString(), forced.path("order").toString().replace(",", ", "));
        double expected = (west + north) + west + (west + north);
        assertEquals(expected, forced.path("lengthM").asDouble(), expected * 0.005, forced.toString());
    }

    @Test
    void checkpointsBesideAStreetWalkToItAndAlongIt() throws Exception {
        District.Officer officer = District.officer();
        double[] o = District.origin();
        long grid = Api.post("/grids", District.draft("KEY_AREA", "街边", null, officer.squadId(),
                District.cell(o[0] - 0.001, o[1] - 0.001, 2 * STEP + 0.002, 2 * STEP + 0.002), null)).body().path("id").asLong();
        streetGrid(o);
        if (!pgRouting()) {
            return; // the corners test above says what happens then
        }
        double off = 20 / 111_195.0; // 20 m south of the south street
        double cell = metres(o[0], o[1], o[0] + STEP, o[1]);
        double toStreet = metres(o[0], o[1] - off, o[0], o[1]);
        // a quarter and three quarters along one segment: along it, half a cell
        long p = checkpoint(grid, o[0] + STEP / 4, o[1] - off);
        long q = checkpoint(grid, o[0] + 3 * STEP / 4, o[1] - off);
        JsonNode same = Api.post("/routes", Fixtures.json("checkpointIds", List.of(p, q))).body();
        assertEquals("ROAD_NETWORK", same.path("mode").asText(), same.toString());
        assertEquals(2 * toStreet + cell / 2, same.path("lengthM").asDouble(), 1.0, same.toString());
        // half way along the first segment and half way along the second: through the junction between them
        long r = checkpoint(grid, o[0] + STEP / 2, o[1] - off);
        long s = checkpoint(grid, o[0] + 3 * STEP / 2, o[1] - off);
        JsonNode across = Api.post("/routes", Fixtures.json("checkpointIds", List.of(r, s))).body();
        assertEquals(2 * toStreet + cell, across.path("lengthM").asDouble(), 1.0, across.toString());
    }

    @Test
    void checkpointsFarFromAnyStreetAreJoinedByStraightLinesEndToEnd() throws Exception {
        District.Officer officer = District.officer();
        double[] o = District.origin();
        long grid = Api.post("/grids", District.draft("KEY_AREA", "野外", null, officer.squadId(),
                District.cell(o[0], o[1], 0.01, 0.01), null)).body().path("id").asLong();
        double lon = o[0] + 0.005;
        long a = checkpoint(grid, lon, o[1] + 0.001);
        long c = checkpoint(grid, lon, o[1] + 0.009);
        long b = checkpoint(grid, lon, o[1] + 0.004);
        Api.Answer answer = Api.post("/routes", Fixtures.json("checkpointIds", List.of(a, c, b)));
        assertEquals(200, answer.status(), answer.raw().body());
        JsonNode route = answer.body();
        assertEquals("STRAIGHT_LINE", route.path("mode").asText());
        assertFalse(route.path("modeReason").asText().isBlank());
        double expected = metres(lon, o[1] + 0.001, lon, o[1] + 0.009);
        assertEquals(expected, route.path("lengthM").asDouble(), 0.5);
        assertEquals(b, route.path("order").path(1).asLong(), "the middle one in the middle");

        JsonNode kept = Api.post("/routes", Fixtures.json("checkpointIds", List.of(a, c, b), "keepOrder", true)).body();
        double there = expected + metres(lon, o[1] + 0.009, lon, o[1] + 0.004);
        assertEquals(there, kept.path("lengthM").asDouble(), 0.5);

        Fixtures.assertProblem(Api.post("/routes", Fixtures.json("checkpointIds", List.of(a))), 422, "route.checkpoints");
        Fixtures.assertProblem(Api.post("/routes", Fixtures.json("checkpointIds", List.of(a, 999_999_999L))), 422,
                "route.checkpoint-unknown");
    }
}
