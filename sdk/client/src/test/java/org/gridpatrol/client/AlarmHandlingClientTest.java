package org.gridpatrol.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.gridpatrol.client.FakeServer.Answer;
import org.gridpatrol.model.alarm.AlarmDetail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlarmHandlingClientTest {
    private static final String DETAIL = """
            {"alarm":{"id":7,"type":"OFF_POST","officerId":3,"orgUnitId":2,"state":"ACKNOWLEDGED",
             "startedAt":"2026-11-27T00:10:00Z","raisedAt":"2026-11-27T00:20:00Z","raisedLate":false},
             "version":1,"evidence":{"openedBy":[41]},
             "openedBy":[{"seq":41,"time":"2026-11-27T00:10:00Z","lon":117.3,"lat":32.9,"accuracyM":8.0,"mock":false}],
             "closedBy":[],"handling":[{"action":"ACK","at":"2026-11-27T00:21:00Z","byUserId":5,"byUsername":"sup",
             "note":"已派人"}]}""";

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
    void theAlarmIsReadWithItsEvidenceAndHistory() {
        server.then(Answer.json(200, DETAIL));
        AlarmDetail alarm = client.alarm(7);
        assertEquals("/api/v1/alarms/7", server.received().get(0).path());
        assertEquals(1, alarm.version());
        assertEquals(41, alarm.openedBy().get(0).seq());
        assertEquals("已派人", alarm.handling().get(0).note());
    }

    @Test
    void handlingSendsTheVersionAndDisposition() {
        server.then(Answer.json(200, DETAIL.replace("\"ACKNOWLEDGED\"", "\"HANDLED\"")));
        AlarmDetail alarm = client.handleAlarm(7, 1, "FALSE_ALARM", "信号漂移");
        FakeServer.Received r = server.received().get(0);
        assertEquals("POST", r.method());
        assertEquals("/api/v1/alarms/7/handle", r.path());
        assertTrue(r.body().contains("\"version\":1") && r.body().contains("\"disposition\":\"FALSE_ALARM\""), r.body());
        assertEquals("HANDLED", alarm.alarm().state());
    }

    @Test
    void aStaleVersionIsAProblemWithItsCode() {
        server.then(Answer.problem(409, """
                {"type":"about:blank","title":"Conflict","status":409,"code":"alarm.stale-version","detail":"reload"}""", java.util.Map.of()));
        ProblemAnswer refusal = assertThrows(ProblemAnswer.class, () -> client.acknowledgeAlarm(7, 0, null));
        assertEquals(409, refusal.status());
        assertEquals("alarm.stale-version", refusal.code());
        assertEquals("/api/v1/alarms/7/acknowledge", server.received().get(0).path());
    }
}
