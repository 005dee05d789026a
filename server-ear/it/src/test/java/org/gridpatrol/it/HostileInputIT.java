package org.gridpatrol.it;

import static org.gridpatrol.it.Fixtures.assertProblem;
import static org.gridpatrol.it.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Flow;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Intrusion prevention at the API: SQL-injection strings in text fields and filters are data,
 * never SQL; oversized bodies are refused before they are read.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {
    private static final String BASE = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";
    private static final List<String> INJECTIONS = List.of("Robert'); DROP TABLE officer;--", "' OR '1'='1",
            "1; DELETE FROM grid WHERE true", "\\'; SELECT pg_sleep(10);--", "张三' UNION SELECT password_hash FROM app_user--");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static long tables() throws Exception {
        return Fixtures.count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
                + " AND tablename IN ('officer', 'grid', 'app_user', 'org_unit', 'audit_log')");
    }

    @Test
    void injectionStringsInTextFieldsAreStoredAsTheyCame() throws Exception {
        long bureau = Fixtures.bureau();
        long squad = Fixtures.orgUnit(bureau, "SQUAD");
        for (String text : INJECTIONS) {
            Api.Answer officer = Api.post("/officers", json("badgeNo", Fixtures.unique("B"), "name", text, "squadId", squad));
            assertEquals(201, officer.status(), officer.raw().body());
            assertEquals(text, Api.get("/officers/" + officer.body().path("id").asLong()).body().path("name").asText());
            Api.Answer unit = Api.post("/org-units", json("parentId", bureau, "kind", "SQUAD",
                    "name", text, "code", Fixtures.unique("C")));
            assertEquals(201, unit.status(), unit.raw().body());
            assertEquals(text, unit.body().path("name").asText());
        }
        double[] o = District.origin();
        Api.Answer grid = Api.post("/grids", District.draft("KEY_AREA", INJECTIONS.get(0).replace("\"", ""), null,
                squad, District.cell(o[0], o[1], 0.002, 0.002), null));
        assertEquals(201, grid.status(), grid.raw().body());
        assertEquals(5, tables());
    }

    @Test
    void injectionStringsInFiltersAreRefusedOrMatchNothing() throws Exception {
        for (String text : INJECTIONS) {
            assertProblem(Api.get("/alarms?type=" + q(text)), 400, "alarm.type-unknown");
            assertProblem(Api.get("/alarms?state=" + q(text)), 400, "alarm.state-unknown");
            assertProblem(Api.get("/alarms?officer=" + q(text)), 400, "query.invalid");
            assertProblem(Api.get("/alarms?from=" + q(text)), 400, "query.invalid");
            assertProblem(Api.get("/grids?kind=" + q(text)), 400, "grid.kind-unknown");
            assertProblem(Api.get("/grids?bbox=" + q(text)), 400, "query.invalid");
            assertProblem(Api.get("/assignments?gridId=" + q(text)), 400, "query.invalid");
            assertProblem(Api.get("/holidays?from=" + q(text)), 400, "query.invalid");
            assertProblem(Api.get("/org-units/1/officers?limit=" + q(text)), 400, "query.invalid");
            assertEquals(404, Api.get("/officers/" + q(text)).status());
        }
        Api.As auditor = Api.as(Accounts.token(null, "AUDITOR"));
        for (String text : INJECTIONS) {
            Api.Answer found = auditor.get("/audit?actor=" + q(text) + "&action=" + q(text) + "&targetId=" + q(text));
            assertEquals(200, found.status(), found.raw().body());
            assertEquals(0, found.body().size(), "matched as text, not as SQL");
        }
        assertEquals(5, tables());
    }

    @Test
    void injectionInTheLoginNameIsJustAWrongLogin() throws Exception {
        Accounts.create(null, "AUDITOR");
        assertProblem(Api.anonymous().post("/auth/login", json("username", "' OR '1'='1' --", "password", "x' OR 'x'='x")),
                401, "auth.refused");
        assertProblem(Api.anonymous().post("/mobile/sign-in", json("badgeNo", "' OR 1=1 --", "password", "x",
                "deviceId", "' OR 1=1 --")), 401, "sign-in.refused");
        assertEquals(5, tables());
    }

    @Test
    void aBodyLargerThanTheEndpointReadsIsRefused() {
        String big = json("username", "x".repeat(2 << 20), "password", "y");
        assertProblem(Api.anonymous().post("/auth/login", big), 413, "request.too-large");
        assertProblem(Api.post("/officers", json("badgeNo", "B1", "name", "x".repeat(2 << 20), "squadId", 1)),
                413, "request.too-large");
        // no Content-Length: counted while read
        Api.Answer chunked = Api.send(HttpRequest.newBuilder(URI.create(BASE + "/shifts"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(chunks(json("name", "x".repeat(3 << 20))))));
        assertProblem(chunked, 413, "request.too-large");
        // geometry may be larger, up to its own limit
        Api.Answer grid = Api.post("/grids", "{\"name\":\"" + "x".repeat(20 << 20) + "\"}");
        assertProblem(grid, 413, "request.too-large");
        Api.Answer measured = Api.post("/geometry/measure", "{\"type\":\"Point\",\"coordinates\":[117.3,32.9]," + "\"pad\":\""
                + "x".repeat(2 << 20) + "\"}");
        assertTrue(measured.status() != 413, "a 2 MiB geometry is read: " + measured.status());
    }

    @Test
    void aPhoneReadsUpPhotosOfSeveralMegabytesButNoMoreThanTheStoreKeeps() throws Exception {
        PatrolBeat beat = PatrolBeat.create();
        String meta = "{\"kind\":\"EVIDENCE\",\"takenAt\":\"" + java.time.Instant.now().minusSeconds(60)
                + "\",\"lon\":117.36,\"lat\":32.93}";
        assertProblem(PhotoIT.upload(beat.token(), meta, new byte[3 << 20]), 422, "photo.not-a-jpeg");
        assertProblem(PhotoIT.upload(beat.token(), meta, new byte[17 << 20]), 413, "request.too-large");
    }

    /** A body without a known length, so it travels chunked. */
    private static Flow.Publisher<ByteBuffer> chunks(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher whole = HttpRequest.BodyPublishers.ofByteArray(bytes);
        return whole::subscribe;
    }
}
