package org.gridpatrol.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridpatrol.client.FakeServer.Answer;
import org.gridpatrol.model.mobile.FixIn;
import org.gridpatrol.model.mobile.FixReceipt;
import org.gridpatrol.model.mobile.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GridPatrolClientTest {

    private static final String SESSION = """
            {"accessToken":"acc","accessExpiresAt":"2026-11-27T02:00:00Z","refreshToken":"ref",
             "refreshExpiresAt":"2026-12-27T00:00:00Z","officerId":100001,"officerName":"汪梅雪","deviceId":"dev-BS0001"}""";
    private static final FixIn FIX = new FixIn(7L, Instant.parse("2026-11-27T00:00:05Z"), 117.36, 32.93, 8.5, 1.2,
            90.0, null, "fused", false, "WGS84");

    private FakeServer server;
    private final List<Duration> waited = new ArrayList<>();
    private GridPatrolClient client;

    @BeforeEach
    void start() throws IOException {
        server = new FakeServer();
        client = new GridPatrolClient(ApiTransport.builder(URI.create(server.api()))
                .retryUnavailable(2, Duration.ofSeconds(10)).sleeper(waited::add).build());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void signInPostsTheCredentialsAndReadsTheSession() throws IOException {
        server.then(Answer.json(200, SESSION));
        Session s = client.signIn("BS0001", "Patrol-2026!", "dev-BS0001");
        assertEquals("acc", s.accessToken());
        assertEquals(Instant.parse("2026-11-27T02:00:00Z"), s.accessExpiresAt());
        assertEquals(100001, s.officerId());
        FakeServer.Received r = server.received().get(0);
        assertEquals("POST", r.method());
        assertEquals("/api/v1/mobile/sign-in", r.path());
        assertEquals("application/json", r.header("Content-Type"));
        JsonNode body = ApiTransport.mapper().readTree(r.body());
        assertEquals("BS0001", body.get("badgeNo").asText());
        assertEquals("Patrol-2026!", body.get("password").asText());
        assertEquals("dev-BS0001", body.get("deviceId").asText());
        assertNull(r.header("Authorization"));
    }

    @Test
    void uploadSendsTheBearerAndIsoTimesAndReadsTheReceipt() throws IOException {
        server.then(Answer.json(200, """
                {"ackedSeq":7,"stored":1,"duplicates":0,"rejected":[{"index":0,"seq":6,"code":"fix.too-old","message":"old"}]}"""));
        FixReceipt receipt = client.uploadPositions("acc", List.of(FIX));
        assertEquals(7, receipt.ackedSeq());
        assertEquals("fix.too-old", receipt.rejected().get(0).code());
        FakeServer.Received r = server.received().get(0);
        assertEquals("/api/v1/mobile/positions", r.path());
        assertEquals("Bearer acc", r.header("Authorization"));
        JsonNode fix = ApiTransport.mapper().readTree(r.body()).get("fixes").get(0);
        assertEquals("2026-11-27T00:00:05Z", fix.get("time").asText());
        assertEquals(7, fix.get("seq").asLong());
        assertEquals(117.36, fix.get("lon").asDouble());
    }

    @Test
    void refreshAndSignOut() throws IOException {
        server.then(Answer.json(200, SESSION)).then(new Answer(204, null, null, Map.of()));
        assertEquals("ref", client.refresh("old-ref").refreshToken());
        client.signOut("acc");
        List<FakeServer.Received> r = server.received();
        assertEquals("old-ref", ApiTransport.mapper().readTree(r.get(0).body()).get("refreshToken").asText());
        assertEquals("/api/v1/mobile/sign-out", r.get(1).path());
        assertEquals("Bearer acc", r.get(1).header("Authorization"));
    }

    @Test
    void aProblemAnswerCarriesStatusCodeDetailAndExtensions() {
        server.then(Answer.problem(401, """
                {"type":"urn:gridpatrol:problem:sign-in.refused","title":"Unauthorized","status":401,
                 "detail":"badge number or password is wrong","code":"sign-in.refused","instance":"/api/v1/mobile/sign-in",
                 "incident":"abc"}""", Map.of()));
        ProblemAnswer e = assertThrows(ProblemAnswer.class, () -> client.signIn("BS0001", "wrong", "dev-BS0001"));
        assertEquals(401, e.status());
        assertEquals("sign-in.refused", e.code());
        assertEquals("badge number or password is wrong", e.detail());
        assertEquals("abc", e.problem().extensions().get("incident"));
        assertEquals("/api/v1/mobile/sign-in", e.problem().instance());
        assertTrue(waited.isEmpty(), "a 401 is not retried");
    }

    @Test
    void itemErrorsOfAProblemAreParsed() {
        server.then(Answer.problem(422, """
                {"status":422,"code":"fix.batch-size","detail":"send between 1 and 1000 fixes",
                 "errors":[{"pointer":"/fixes","code":"fix.batch-size","message":"too many"}]}""", Map.of()));
        ProblemAnswer e = assertThrows(ProblemAnswer.class, () -> client.uploadPositions("acc", List.of(FIX)));
        assertEquals("/fixes", e.problem().errors().get(0).pointer());
    }

    @Test
    void unavailableIsRetriedAfterItsRetryAfter() {
        server.then(Answer.problem(503, "{\"status\":503,\"code\":\"database.unavailable\"}", Map.of("Retry-After", "3")))
                .then(Answer.json(200, "{\"ackedSeq\":7,\"stored\":1,\"duplicates\":0,\"rejected\":[]}"));
        assertEquals(1, client.uploadPositions("acc", List.of(FIX)).stored());
        assertEquals(List.of(Duration.ofSeconds(3)), waited);
        assertEquals(2, server.received().size());
    }

    @Test
    void unavailableGivesUpAfterTheRetriesWithTheLastRetryAfter() {
        server.then(Answer.problem(503, "{\"status\":503,\"code\":\"database.unavailable\"}", Map.of("Retry-After", "1")));
        ProblemAnswer e = assertThrows(ProblemAnswer.class, () -> client.uploadPositions("acc", List.of(FIX)));
        assertEquals(503, e.status());
        assertEquals("database.unavailable", e.code());
        assertEquals(Duration.ofSeconds(1), e.retryAfter().orElseThrow());
        assertEquals(3, server.received().size(), "one try and two retries");
    }

    @Test
    void aRetryAfterLongerThanTheLimitIsLeftToTheCaller() {
        server.then(Answer.problem(503, "{\"status\":503,\"code\":\"database.unavailable\"}", Map.of("Retry-After", "120")));
        ProblemAnswer e = assertThrows(ProblemAnswer.class, () -> client.uploadPositions("acc", List.of(FIX)));
        assertEquals(Duration.ofSeconds(120), e.retryAfter().orElseThrow());
        assertEquals(1, server.received().size());
        assertTrue(waited.isEmpty());
    }

    @Test
    void anAnswerThatIsNoProblemStillBecomesOneWithoutCode() {
        server.then(new Answer(404, "text/html", "<html>Not Found</html>", Map.of()));
        ProblemAnswer e = assertThrows(ProblemAnswer.class, () -> client.signIn("a", "b", "c"));
        assertEquals(404, e.status());
        assertNull(e.code());
        assertEquals("<html>Not Found</html>", e.detail());
    }

    @Test
    void noServerMeansUnreachable() {
        server.close();
        assertThrows(ServerUnreachable.class, () -> client.signIn("a", "b", "c"));
    }

    @Test
    void batchesOutsideOneToAThousandAreNotSent() {
        assertThrows(IllegalArgumentException.class, () -> client.uploadPositions("acc", List.of()));
        List<FixIn> many = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            many.add(FIX);
        }
        assertThrows(IllegalArgumentException.class, () -> client.uploadPositions("acc", many));
        assertTrue(server.received().isEmpty());
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        assertEquals(Duration.ofSeconds(5), Problems.retryAfter("5"));
        assertEquals(Duration.ZERO, Problems.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
        assertNull(Problems.retryAfter("soon"));
    }
}
