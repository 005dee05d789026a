package org.gridpatrol.it;

import static org.gridpatrol.it.Fixtures.assertProblem;
import static org.gridpatrol.it.Fixtures.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Face check on clock-in: a shift may require it; a selfie is stored and watermarked; a clock-in without it is flagged. */
@ExtendWith(ArquillianExtension.class)
class FaceCheckIT {
    private static final String BASE = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    /** The beat's officer works a shift (assigned to his own grid) that requires a face check. */
    private static long faceCheckedShift(PatrolBeat beat) throws Exception {
        long shift;
        try (Connection db = PrivateDatabase.connect()) {
            shift = Territory.insert(db, "INSERT INTO shift (name, org_unit_id) VALUES (?, ?) RETURNING id",
                    Fixtures.unique("早班"), beat.officer().squadId());
            Territory.insert(db, "INSERT INTO assignment (officer_id, grid_id, shift_id, valid_from)"
                    + " VALUES (?, ?, ?, now() - interval '1 day') RETURNING id", beat.officer().id(), beat.own(), shift);
        }
        Api.Answer set = Api.put("/shifts/" + shift + "/face-check", "{\"required\":true}");
        assertEquals(200, set.status(), set.raw().body());
        return shift;
    }

    private static String event(Instant at, double[] where, String face) {
        return String.format(Locale.ROOT, "{\"kind\":\"IN\",\"at\":\"%s\",\"lon\":%.7f,\"lat\":%.7f,\"accuracy\":8%s}",
                at, where[0], where[1], face);
    }

    private static Api.Answer clockWithSelfie(String token, String event, byte[] jpeg) throws Exception {
        String boundary = "gp" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"event\"\r\nContent-Type: application/json\r\n\r\n"
                + event + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"selfie\"; filename=\"me.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(jpeg);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Api.send(HttpRequest.newBuilder(URI.create(BASE + "/mobile/clock"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static List<String> flags(Api.Answer receipt) {
        List<String> flags = new ArrayList<>();
        receipt.body().path("flags").forEach(f -> flags.add(f.asText()));
        return flags;
    }

    @Test
    void aClockInWithoutASelfieOnAFaceCheckedShiftIsAcceptedButFlagged() throws Exception {
        PatrolBeat beat = PatrolBeat.create();
        long shift = faceCheckedShift(beat);
        assertTrue(Api.get("/shifts/" + shift + "/face-check").body().path("required").asBoolean());
        assertTrue(Api.as(beat.token()).get("/mobile/profile").body().path("faceCheckRequired").asBoolean());
        double[] inside = {beat.origin()[0] + 0.002, beat.origin()[1] + 0.002};
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30);

        Api.Answer bare = Api.as(beat.token()).post("/mobile/clock", event(at, inside, ""));

        assertEquals(200, bare.status(), bare.raw().body());
        assertEquals(List.of("FACE_CHECK_MISSING"), flags(bare));
        JsonNode records = Api.get("/officers/" + beat.officer().id() + "/clock-events?from=" + at.minusSeconds(60)
                + "&to=" + at.plusSeconds(60)).body();
        assertEquals(1, records.size(), records.toString());
        assertTrue(records.get(0).path("faceCheckMissing").asBoolean());
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE target_type = 'shift' AND target_id = ?"
                + " AND summary::text LIKE '%face_check_required%'", Long.toString(shift)), "the shift change is audited");
    }

    @Test
    void aSelfieIsStoredWatermarkedAndRecordedWithThePhonesVerdict() throws Exception {
        PatrolBeat beat = PatrolBeat.create();
        faceCheckedShift(beat);
        double[] inside = {beat.origin()[0] + 0.002, beat.origin()[1] + 0.002};
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(20);
        byte[] selfie = PhotoIT.photo(LocalDateTime.ofInstant(at, ZoneId.of("Asia/Shanghai")));

        Api.Answer receipt = clockWithSelfie(beat.token(), event(at, inside, ",\"faceVerdict\":\"MATCH\",\"faceScore\":0.93"), selfie);

        assertEquals(200, receipt.status(), receipt.raw().body());
        assertEquals(List.of(), flags(receipt));
        assertTrue(receipt.body().path("insideOwnGrid").asBoolean());
        JsonNode record = Api.get("/officers/" + beat.officer().id() + "/clock-events?from=" + at.minusSeconds(60)
                + "&to=" + at.plusSeconds(60)).body().get(0);
        assertFalse(record.path("faceCheckMissing").asBoolean());
        assertEquals("MATCH", record.path("faceVerdict").asText());
        assertEquals(0.93, record.path("faceScore").asDouble(), 1e-6);
        long photo = record.path("selfiePhotoId").asLong();
        assertEquals("SELFIE", Fixtures.text("SELECT kind FROM photo WHERE id = ?", photo));
        assertNotEquals(Fixtures.text("SELECT sha256_original FROM photo WHERE id = ?", photo),
                Fixtures.text("SELECT sha256_derived FROM photo WHERE id = ?", photo), "a watermarked copy beside the original");

        Api.Answer mismatch = clockWithSelfie(beat.token(), event(at.plusSeconds(5), inside,
                ",\"faceVerdict\":\"MISMATCH\",\"faceScore\":0.2"), PhotoIT.photo(LocalDateTime.ofInstant(at, ZoneId.of("Asia/Shanghai")).plusSeconds(1)));
        assertEquals(List.of("FACE_CHECK_MISMATCH"), flags(mismatch));
        assertProblem(clockWithSelfie(beat.token(), "{\"kind\":\"IN\"}", selfie), 422, "photo.fix-missing");
        assertProblem(Api.as(beat.token()).post("/mobile/clock", event(at.plusSeconds(9), inside, ",\"selfiePhotoId\":999999999")),
                422, "clock.selfie-unknown");
    }

    @Test
    void anotherSquadsSupervisorSeesNeitherTheShiftNorTheRecords() throws Exception {
        Territory t = Territory.create();
        Api.As squadB = Api.as(Accounts.token(t.b.id(), "SUPERVISOR"));
        assertProblem(squadB.get("/shifts/" + t.a.shift() + "/face-check"), 404, "shift.not-found");
        assertEquals(404, squadB.put("/shifts/" + t.a.shift() + "/face-check", "{\"required\":true}").status());
        assertProblem(squadB.get("/officers/" + t.a.officer().id() + "/clock-events?from=2026-11-01T00:00:00Z&to=2026-11-02T00:00:00Z"),
                404, "officer.not-found");
        assertProblem(Api.put("/shifts/" + t.a.shift() + "/face-check", "{}"), 422, "shift.face-check-missing");
        assertProblem(Api.get("/officers/" + t.a.officer().id() + "/clock-events"), 400, "clock.period-invalid");
    }
}
