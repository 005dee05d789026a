package org.gridpatrol.desktop.map.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gridpatrol.desktop.connection.http.HttpServerConnection;
import org.gridpatrol.desktop.map.api.AlarmPlace;
import org.gridpatrol.desktop.map.api.CoveredGrid;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.MapCheckpoint;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.gridpatrol.model.alarm.AlarmDetail;
import org.gridpatrol.model.alarm.AlarmView;
import org.gridpatrol.model.alarm.EvidenceFix;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** The checkpoints and today's coverage read over HTTP from a loopback server answering as the API does. */
class MapFeedsTest {
    private static final Instant NOW = Instant.parse("2026-11-26T03:30:00Z"); // 11:30 in Beijing
    private static final String CHECKPOINTS = """
            [{"id":5,"gridId":1,"name":"淮河路口","geometry":{"type":"Point","coordinates":[117.361,32.93]},
              "radiusM":30,"tagCode":null,"active":true,"updatedAt":"2026-11-20T01:00:00Z"},
             {"id":6,"gridId":1,"name":"撤销的点","geometry":{"type":"Point","coordinates":[117.362,32.93]},
              "radiusM":30,"tagCode":null,"active":false,"updatedAt":"2026-11-20T01:00:00Z"}]""";
    private static final String COVERAGE = """
            {"gridId":1,"officerIds":[10,11],"from":"2026-11-25T16:00:00Z","to":"2026-11-26T03:30:00Z","bufferM":20,
             "gridAreaM2":40000,"coveredAreaM2":10000,"areaShare":0.25,"covered":{"type":"Polygon","coordinates":
             [[[117.35,32.92],[117.36,32.92],[117.36,32.93],[117.35,32.93],[117.35,32.92]]]}}""";

    private static final String LAST_POSITIONS = """
            [{"officerId":10,"badgeNo":"BS0001","name":"王强","squadId":3,"lon":117.361,"lat":32.931,"accuracyM":6.0,
              "time":"2026-11-26T03:29:30Z","lastContactAt":"2026-11-26T03:29:35Z","clockedIn":true},
             {"officerId":11,"badgeNo":"BS0002","name":"李娜","squadId":3,"lon":117.365,"lat":32.932,"accuracyM":null,
              "time":"2026-11-26T02:50:00Z","lastContactAt":null,"clockedIn":false}]""";

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private HttpServerConnection connection;

    @BeforeEach
    void start() throws IOException {
        connection = new HttpServerConnection();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/auth/login", x -> answer(x, 404, ""));
        server.createContext("/api/v1/health", x -> answer(x, 200, "{\"status\":\"UP\",\"version\":\"1.0\"}"));
        server.createContext("/api/v1/checkpoints", x -> answer(x, 200, CHECKPOINTS));
        server.createContext("/api/v1/grids/1/coverage", x -> answer(x, 200, COVERAGE));
        server.createContext("/api/v1/alarms", this::alarms);
        server.createContext("/api/v1/officers/positions", x -> answer(x, 200, LAST_POSITIONS));
        server.start();
        connection.signIn(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "sup", "x".toCharArray());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void answer(HttpExchange x, int status, String body) throws IOException {
        calls.add(x.getRequestMethod() + " " + URLDecoder.decode(x.getRequestURI().toString(), StandardCharsets.UTF_8));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static AlarmView alarm(long id, long officer, Instant ended) {
        return new AlarmView(id, "OFF_POST", officer, "BS000" + officer, "王强", null, 3, "OPEN", NOW.minusSeconds(900),
                ended, null, NOW.minusSeconds(300), false, "outside", null);
    }

    /** Alarm 7 goes on (opened by a fix at 117.355, 32.925), 8 is over, 9 is a lost contact with no opening fix. */
    private void alarms(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        var mapper = connection.mapper();
        if (path.endsWith("/alarms")) {
            answer(x, 200, mapper.writeValueAsString(List.of(alarm(7, 10, null), alarm(8, 11, NOW.minusSeconds(60)),
                    alarm(9, 12, null))));
        } else {
            long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
            List<EvidenceFix> opening = id == 7 ? List.of(new EvidenceFix(41, NOW.minusSeconds(900), 117.355, 32.925, 5f, false),
                    new EvidenceFix(42, NOW.minusSeconds(880), 117.356, 32.925, 5f, false)) : List.of();
            answer(x, 200, mapper.writeValueAsString(new AlarmDetail(alarm(id, 10, null), 0, null, null, opening,
                    null, List.of())));
        }
    }

    @Test
    void alarmsGoingOnArePlacedAtTheirFirstOpeningFixAndLeaveWhenTheyClose() {
        List<List<AlarmPlace>> told = new CopyOnWriteArrayList<>();
        AlarmPlaces places = new AlarmPlaces(connection, told::add);
        List<AlarmView> read = places.loadAll();
        assertEquals(List.of(new AlarmPlace(7, 10, "OFF_POST", 117.355, 32.925, NOW.minusSeconds(900))), told.get(0));
        assertEquals(List.of(7L, 8L, 9L), read.stream().map(AlarmView::id).toList(), "the list read, for the statuses");
        assertEquals(1, calls.stream().filter(c -> c.startsWith("GET /api/v1/alarms?")).count(), "read once");
        assertTrue(calls.contains("GET /api/v1/alarms?limit=500"), calls.toString());
        assertTrue(!calls.contains("GET /api/v1/alarms/8"), "an alarm that is over needs no place");

        places.changed(alarm(7, 10, NOW));
        assertEquals(List.of(), told.get(1), "closed: gone from the map");
    }

    @Test
    void lastKnownPositionsPutEveryOfficerOnTheMapWithHisLabelAndANewerLivePositionWins() {
        LivePositions positions = new LivePositions();
        positions.add(new OfficerPosition(10, 117.37, 32.94, NOW, 5)); // came on the event stream first
        assertEquals(2, LastPositionFeed.load(connection, positions));
        assertEquals(117.37, positions.latest(10).lon(), 1e-9, "the newer live position stays");
        OfficerPosition silent = positions.latest(11);
        assertEquals(117.365, silent.lon(), 1e-9);
        assertEquals(Instant.parse("2026-11-26T02:50:00Z"), silent.time(), "its own time, so the map sees 40 minutes of silence");
        assertEquals("BS0002 李娜", positions.label(11));
        assertTrue(calls.contains("GET /api/v1/officers/positions"), calls.toString());
    }

    @Test
    void activeCheckpointsArriveWithTheirPointsAndDeletedOnesAreLeftOut() {
        List<MapCheckpoint> read = CheckpointFeed.load(connection);
        assertEquals(List.of(new MapCheckpoint(5, 1, "淮河路口", 117.361, 32.93, 30)), read);
        assertTrue(calls.contains("GET /api/v1/checkpoints"), calls.toString());
    }

    @Test
    void todaysCoverageIsTheGridsSquadFromTheSupervisorsMidnightUntilNow() {
        MapGrid grid = new MapGrid(1, "UNIT_GRID", "西一网格", null, 3, 0,
                new GeometryFactory().toGeometry(new Envelope(117.35, 117.37, 32.92, 32.94)));
        TodayCoverage today = new TodayCoverage(connection, Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"));
        CoveredGrid covered = today.load(grid);
        assertEquals(0.25, covered.share(), 1e-9);
        assertEquals(1, covered.gridId());
        assertEquals(0.0001, covered.covered().getArea(), 1e-9);
        assertTrue(calls.contains("GET /api/v1/grids/1/coverage?squad=3&from=2026-11-25T16:00:00Z"
                + "&to=2026-11-26T03:30:00Z&buffer=20"), calls.toString());
    }

    @Test
    void nothingCoveredYetGivesNoShape() {
        server.removeContext("/api/v1/grids/1/coverage");
        server.createContext("/api/v1/grids/1/coverage", x -> answer(x, 200,
                COVERAGE.replaceAll("(?s)\"covered\":\\{.*\\}\\}$", "\"covered\":null}").replace("0.25", "0")));
        MapGrid grid = new MapGrid(1, "UNIT_GRID", "西一网格", null, 3, 0,
                new GeometryFactory().toGeometry(new Envelope(117.35, 117.37, 32.92, 32.94)));
        CoveredGrid covered = new TodayCoverage(connection, Clock.fixed(NOW, ZoneOffset.UTC), ZoneOffset.UTC).load(grid);
        assertNull(covered.covered());
        assertEquals(0, covered.share(), 0);
    }
}
