package org.gridpatrol.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.gridpatrol.client.FakeServer.Answer;
import org.gridpatrol.model.alarm.AlarmView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SupervisorClientTest {

    private FakeServer server;
    private SupervisorClient client;

    @BeforeEach
    void start() throws IOException {
        server = new FakeServer();
        client = new SupervisorClient(ApiTransport.builder(URI.create(server.api() + "/"))
                .retryUnavailable(0, Duration.ZERO).build());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void officerGridsAsksAtAnEncodedInstant() {
        server.then(Answer.json(200, """
                {"officerId":100001,"at":"2026-11-27T00:30:00Z","grids":[{"gridId":100003,"gridName":"g","assignmentId":5,
                 "through":"OFFICER","shiftId":100001}]}"""));
        var duty = client.officerGrids(100001, Instant.parse("2026-11-27T00:30:00Z"));
        assertEquals(100003, duty.grids().get(0).gridId());
        FakeServer.Received r = server.received().get(0);
        assertEquals("/api/v1/duty/officers/100001/grids", r.path());
        assertEquals("at=2026-11-27T00%3A30%3A00Z", r.query());
    }

    @Test
    void gridsAreReadIntoJts() {
        server.then(new Answer(200, "application/geo+json", """
                {"type":"FeatureCollection","features":[{"type":"Feature","id":100003,
                 "geometry":{"type":"MultiPolygon","coordinates":[[[[117.0,32.0],[117.001,32.0],[117.001,32.001],[117.0,32.0]]]]},
                 "properties":{"kind":"UNIT_GRID","name":"g","code":"340303001001001","orgUnitId":100004}}]}""", Map.of()));
        List<GridFeature> grids = client.grids("UNIT_GRID", 100001L);
        assertEquals(1, grids.size());
        assertEquals(100003, grids.get(0).id());
        assertEquals(100004, grids.get(0).orgUnitId());
        assertEquals(4, grids.get(0).area().getNumPoints());
        assertEquals("kind=UNIT_GRID&orgUnit=100001", server.received().get(0).query());
    }

    @Test
    void alarmsAreReadPageByPage() {
        server.then(Answer.json(200, alarms(0, 1000))).then(Answer.json(200, alarms(1000, 3)));
        List<AlarmView> all = client.alarms(Instant.parse("2026-11-27T00:00:00Z"), Instant.parse("2026-11-27T01:00:00Z"));
        assertEquals(1003, all.size());
        assertEquals("OFF_POST", all.get(0).type());
        assertEquals(Instant.parse("2026-11-27T00:10:00Z"), all.get(0).startedAt());
        List<FakeServer.Received> r = server.received();
        assertEquals(2, r.size());
        assertTrue(r.get(1).query().contains("offset=1000"), r.get(1).query());
        assertTrue(r.get(0).query().startsWith("from=2026-11-27T00%3A00%3A00Z&to=2026-11-27T01%3A00%3A00Z"), r.get(0).query());
    }

    @Test
    void anAlarmPushedOntoTheNextPageByANewOneIsListedOnceAsLastRead() {
        StringJoiner first = new StringJoiner(",", "[", "]");
        for (int id = 1000; id > 0; id--) {
            first.add(alarm(id, null));
        }
        // a new alarm was raised between the pages: alarm 1 is read again, closed meanwhile
        String second = "[" + alarm(1, "\"2026-11-27T00:30:00Z\"") + "]";
        server.then(Answer.json(200, first.toString())).then(Answer.json(200, second));

        List<AlarmView> all = client.alarms(Instant.EPOCH, Instant.parse("2026-11-27T01:00:00Z"));

        assertEquals(1000, all.size());
        AlarmView one = all.stream().filter(a -> a.id() == 1).findFirst().orElseThrow();
        assertEquals(Instant.parse("2026-11-27T00:30:00Z"), one.endedAt());
    }

    private static String alarm(long id, String endedAt) {
        return "{\"id\":" + id + ",\"type\":\"OFF_POST\",\"officerId\":100001,\"startedAt\":\"2026-11-27T00:10:00Z\","
                + "\"endedAt\":" + endedAt + "}";
    }

    @Test
    void aServerThatIgnoresPagingIsReadOnce() {
        server.then(Answer.json(200, alarms(0, 1000)));
        assertEquals(1000, client.alarms(Instant.EPOCH, Instant.parse("2026-11-27T01:00:00Z")).size());
        assertEquals(2, server.received().size());
    }

    @Test
    void noAlarmListIsA404ProblemAnswer() {
        server.then(Answer.problem(404, "{\"status\":404,\"code\":\"http.not-found\",\"detail\":\"no such resource\"}", Map.of()));
        ProblemAnswer e = assertThrows(ProblemAnswer.class, () -> client.alarms(Instant.EPOCH, Instant.now()));
        assertEquals(404, e.status());
    }

    /** Minimal alarms of the contract: type, officerId, startedAt, endedAt (no id). */
    private static String alarms(int first, int count) {
        StringJoiner json = new StringJoiner(",", "[", "]");
        for (int i = first; i < first + count; i++) {
            json.add("{\"type\":\"OFF_POST\",\"officerId\":" + (100001 + i) + ",\"startedAt\":\"2026-11-27T00:10:00Z\","
                    + "\"endedAt\":null}");
        }
        return json.toString();
    }
}
