package org.gridpatrol.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.gridpatrol.client.FakeServer.Answer;
import org.gridpatrol.model.plan.PlanDraft;
import org.gridpatrol.model.plan.PlanStop;
import org.gridpatrol.model.plan.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PlanClientTest {
    private FakeServer server;
    private PlanClient client;

    @BeforeEach
    void start() throws IOException {
        server = new FakeServer();
        client = new PlanClient(ApiTransport.builder(URI.create(server.api() + "/")).retryUnavailable(0, Duration.ZERO).build(),
                "tok");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPlanIsSentWithItsWindowsAsWallClockTimes() {
        server.then(Answer.json(201, """
                {"id":7,"name":"p","officerId":3,"squadId":null,"forcedOrder":true,"frequencyMinutes":120,
                 "validFrom":"2026-11-27T00:00:00Z","validTo":null,"allowTrackVisits":false,"dwellSeconds":60,"active":true,
                 "version":0,"checkpoints":[{"checkpointId":5,"ordinal":1,"windowStart":"08:00:00","windowEnd":"10:00:00"}]}"""));
        var plan = client.createPlan(new PlanDraft("p", 3L, null, true, 120, Instant.parse("2026-11-27T00:00:00Z"), null, false,
                null, List.of(new PlanStop(5L, 1, LocalTime.of(8, 0), LocalTime.of(10, 0))), null));
        assertEquals(LocalTime.of(10, 0), plan.checkpoints().get(0).windowEnd());
        FakeServer.Received r = server.received().get(0);
        assertEquals("POST", r.method());
        assertEquals("/api/v1/plans", r.path());
        assertEquals("Bearer tok", r.header("Authorization"));
        assertEquals(true, r.body().contains("\"windowStart\":\"08:00:00\""), r.body());
    }

    @Test
    void aStaleChangeIsAProblemWithItsCode() {
        server.then(Answer.problem(409, "{\"status\":409,\"code\":\"plan.stale-version\",\"title\":\"Conflict\",\"detail\":\"read it again\"}",
                java.util.Map.of()));
        ProblemAnswer refusal = assertThrows(ProblemAnswer.class, () -> client.updatePlan(7, new PlanDraft("p", 3L, null, null,
                null, Instant.EPOCH, null, null, null, List.of(), 0)));
        assertEquals("plan.stale-version", refusal.problem().code());
        assertEquals("PUT", server.received().get(0).method());
    }

    @Test
    void routesAndSquadTracksAskTheRightPaths() {
        server.then(Answer.json(200, """
                {"planId":7,"order":[5,6],"mode":"STRAIGHT_LINE","modeReason":"no street network is loaded","lengthM":120.5,
                 "legs":[120.5],"path":{"type":"LineString","coordinates":[[117.0,32.0],[117.001,32.0]]}}"""))
                .then(Answer.json(200, "{\"squadId\":4,\"from\":\"2026-11-27T00:00:00Z\",\"to\":\"2026-11-27T08:00:00Z\",\"officers\":[]}"))
                .then(new Answer(204, null, null, java.util.Map.of()));
        Route route = client.route(7);
        assertEquals(Route.STRAIGHT_LINE, route.mode());
        assertEquals(120.5, route.lengthM());
        client.squadTracks(4, Instant.parse("2026-11-27T00:00:00Z"), Instant.parse("2026-11-27T08:00:00Z"));
        client.deleteCheckpoint(9);
        assertEquals("/api/v1/plans/7/route", server.received().get(0).path());
        assertEquals("squad=4&from=2026-11-27T00%3A00%3A00Z&to=2026-11-27T08%3A00%3A00Z", server.received().get(1).query());
        assertEquals("DELETE", server.received().get(2).method());
    }
}
