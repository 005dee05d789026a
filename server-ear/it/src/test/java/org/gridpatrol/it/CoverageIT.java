package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Coverage of a rectangular grid by a walk along its edges: with buffer b the covered area is
 * the grid less the inner rectangle (w − 2b)(h − 2b), and a street across the middle is walked
 * only within b of the two edges it crosses.
 */
@ExtendWith(ArquillianExtension.class)
class CoverageIT {
    private static final double W = 300;
    private static final double H = 200;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    private static String window(Instant from, Instant to) {
        return "&from=" + from + "&to=" + to;
    }

    @Test
    void aWalkAlongTheEdgesCoversTheGridLessItsInnerRectangle() throws Exception {
        RectangleBeat beat = RectangleBeat.create(W, H);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(3, ChronoUnit.HOURS);
        List<double[]> walk = RectangleBeat.walk(1.2, 10, new double[] {0, 0}, new double[] {W, 0}, new double[] {W, H},
                new double[] {0, H}, new double[] {0, 0});
        beat.store(walk, start, 10, 1);
        Instant end = start.plusSeconds(walk.size() * 10L + 60);
        for (double b : new double[] {20, 40}) {
            Api.Answer answer = Api.get("/grids/" + beat.grid() + "/coverage?officer=" + beat.officer().id()
                    + window(start, end) + "&buffer=" + (int) b);
            assertEquals(200, answer.status(), answer.raw().body());
            JsonNode c = answer.body();
            double expected = W * H - (W - 2 * b) * (H - 2 * b);
            assertEquals(W * H, c.path("gridAreaM2").asDouble(), W * H * 0.002);
            assertEquals(expected, c.path("coveredAreaM2").asDouble(), expected * 0.01, "buffer " + b);
            assertEquals(expected / (W * H), c.path("areaShare").asDouble(), 0.01);
            assertEquals("MultiPolygon".equals(c.path("covered").path("type").asText())
                    || "Polygon".equals(c.path("covered").path("type").asText()), true, c.path("covered").toString());
        }
    }

    @Test
    void aStreetAcrossTheMiddleIsWalkedOnlyNearTheEdgesAndASquadCountsEveryOfficer() throws Exception {
        RectangleBeat beat = RectangleBeat.create(W, H);
        double[] west = beat.lonLat(-50, H / 2);
        double[] east = beat.lonLat(W + 50, H / 2);
        try (Connection db = PrivateDatabase.connect();
             PreparedStatement road = db.prepareStatement("INSERT INTO road (name, geom, length_m) VALUES ('测试路',"
                     + " ST_SetSRID(ST_MakeLine(ST_MakePoint(?, ?), ST_MakePoint(?, ?)), 4326), ?)")) {
            road.setDouble(1, west[0]);
            road.setDouble(2, west[1]);
            road.setDouble(3, east[0]);
            road.setDouble(4, east[1]);
            road.setDouble(5, W + 100);
            road.executeUpdate();
        }
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(5, ChronoUnit.HOURS);
        List<double[]> walk = RectangleBeat.walk(1.2, 10, new double[] {0, 0}, new double[] {W, 0}, new double[] {W, H},
                new double[] {0, H}, new double[] {0, 0});
        beat.store(walk, start, 10, 1);
        Instant end = start.plusSeconds(walk.size() * 10L + 60);
        JsonNode c = Api.get("/grids/" + beat.grid() + "/coverage?squad=" + beat.officer().squadId() + window(start, end)).body();
        assertEquals(List.of(beat.officer().id()), List.of(c.path("officerIds").path(0).asLong()));
        assertEquals(W, c.path("streetLengthM").asDouble(), 1.0);
        assertEquals(2 * 20, c.path("walkedStreetM").asDouble(), 1.0);
        assertEquals(40 / W, c.path("streetShare").asDouble(), 0.005);
    }

    @Test
    void comparedWithTheWindowBeforeAWalkAlongTheEdgesThenNothingLosesItsWholeShare() throws Exception {
        RectangleBeat beat = RectangleBeat.create(W, H);
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(4, ChronoUnit.HOURS);
        List<double[]> walk = RectangleBeat.walk(1.2, 10, new double[] {0, 0}, new double[] {W, 0}, new double[] {W, H},
                new double[] {0, H}, new double[] {0, 0});
        beat.store(walk, start, 10, 1);
        Instant end = start.plusSeconds(walk.size() * 10L + 60);
        double b = 20;
        double walked = (W * H - (W - 2 * b) * (H - 2 * b)) / (W * H);
        String grid = "/grids/" + beat.grid() + "/coverage?officer=" + beat.officer().id();
        // the window right after the walk, as long as it: nothing walked in it, the walk in the one before
        JsonNode after = Api.get(grid + window(end, end.plus(java.time.Duration.between(start, end))) + "&compare=true").body();
        assertEquals(0, after.path("areaShare").asDouble(), 1e-9);
        assertEquals(walked, after.path("previousAreaShare").asDouble(), 0.01);
        assertEquals(-walked, after.path("areaShareChange").asDouble(), 0.01);
        JsonNode plain = Api.get(grid + window(start, end)).body();
        assertEquals(walked, plain.path("areaShare").asDouble(), 0.01);
        assertTrue(plain.path("previousAreaShare").isNull() || plain.path("previousAreaShare").isMissingNode(),
                "the window before is measured only when asked for");
        Fixtures.assertProblem(Api.get(grid + window(start, end) + "&compare=yes"), 400, "coverage.bad-compare");
    }

    @Test
    void badQuestionsAreRefusedWithCodes() throws Exception {
        RectangleBeat beat = RectangleBeat.create(W, H);
        String grid = "/grids/" + beat.grid() + "/coverage?";
        Instant now = Instant.now();
        Fixtures.assertProblem(Api.get(grid + window(now.minusSeconds(60), now)), 400, "coverage.no-subject");
        Fixtures.assertProblem(Api.get(grid + "officer=" + beat.officer().id() + window(now, now.minusSeconds(60))),
                400, "coverage.bad-window");
        Fixtures.assertProblem(Api.get(grid + "officer=" + beat.officer().id() + window(now.minusSeconds(60), now)
                + "&buffer=0"), 400, "coverage.bad-buffer");
        Fixtures.assertProblem(Api.get("/grids/999999999/coverage?officer=" + beat.officer().id()
                + window(now.minusSeconds(60), now)), 404, "grid.unknown");
        String other = Accounts.token(District.orgUnit(), "SUPERVISOR");
        Fixtures.assertProblem(Api.as(other).get(grid + "officer=" + beat.officer().id() + window(now.minusSeconds(60), now)),
                404, "grid.unknown");
        JsonNode empty = Api.get(grid + "officer=" + beat.officer().id() + window(now.minusSeconds(60), now)).body();
        assertTrue(empty.path("covered").isNull() || empty.path("covered").isMissingNode(), "no fixes, nothing covered");
        assertEquals(0, empty.path("coveredAreaM2").asDouble(), 1e-9);
    }
}
