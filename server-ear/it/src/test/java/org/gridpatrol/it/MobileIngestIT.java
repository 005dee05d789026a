package org.gridpatrol.it;

import static org.gridpatrol.it.District.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridpatrol.server.ingest.Gcj02;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
class MobileIngestIT {
    private static final String BASE = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    private static String signIn(District.Officer officer) {
        Api.Answer answer = Api.post("/mobile/sign-in", "{\"badgeNo\":\"" + officer.badge() + "\",\"password\":\""
                + officer.password() + "\",\"deviceId\":\"" + officer.deviceUid() + "\"}");
        assertEquals(200, answer.status(), answer.raw().body());
        return answer.body().path("accessToken").asText();
    }

    private static Api.Answer upload(String token, String fixesJson) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + "/mobile/positions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"fixes\":[" + fixesJson + "]}"));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Api.send(request);
    }

    /** A fix walking east from a point in Bengbu, one per 5 s. */
    private static String fix(long seq, Instant t0, String extra) {
        return String.format(Locale.ROOT,
                "{\"seq\":%d,\"time\":\"%s\",\"lon\":%.7f,\"lat\":32.93,\"accuracy\":8,\"speed\":1.2,\"provider\":\"gps\"%s}",
                seq, t0.plusSeconds(5 * seq), 117.36 + seq * 0.00005, extra == null ? "" : "," + extra);
    }

    private static String fixes(long from, long to, Instant t0) {
        List<String> all = new ArrayList<>();
        for (long s = from; s <= to; s++) {
            all.add(fix(s, t0, null));
        }
        return String.join(",", all);
    }

    private static long stored(District.Officer officer) throws Exception {
        return count("SELECT count(*) FROM fix WHERE device_id = ?", officer.deviceId());
    }

    @Test
    void signInRefusesWrongPasswordAndUnregisteredPhone() throws Exception {
        District.Officer officer = District.officer();
        Api.Answer wrong = Api.post("/mobile/sign-in", "{\"badgeNo\":\"" + officer.badge()
                + "\",\"password\":\"nope\",\"deviceId\":\"" + officer.deviceUid() + "\"}");
        assertEquals(401, wrong.status());
        assertEquals("sign-in.refused", wrong.body().path("code").asText());
        Api.Answer otherPhone = Api.post("/mobile/sign-in", "{\"badgeNo\":\"" + officer.badge() + "\",\"password\":\""
                + officer.password() + "\",\"deviceId\":\"stolen-phone\"}");
        assertEquals(401, otherPhone.status());
        assertEquals("sign-in.device-not-registered", otherPhone.body().path("code").asText());
        Api.Answer incomplete = Api.post("/mobile/sign-in", "{\"badgeNo\":\"" + officer.badge() + "\"}");
        assertEquals(400, incomplete.status());
    }

    @Test
    void uploadsNeedAValidTokenAndSignOutRevokesIt() throws Exception {
        District.Officer officer = District.officer();
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusSeconds(600);
        assertEquals("token.missing", upload(null, fix(1, t0, null)).body().path("code").asText());
        assertEquals("token.invalid", upload("forged", fix(1, t0, null)).body().path("code").asText());

        Api.Answer session = Api.post("/mobile/sign-in", "{\"badgeNo\":\"" + officer.badge() + "\",\"password\":\""
                + officer.password() + "\",\"deviceId\":\"" + officer.deviceUid() + "\"}");
        String token = session.body().path("accessToken").asText();
        assertEquals(200, upload(token, fix(1, t0, null)).status());

        Api.Answer refreshed = Api.post("/mobile/refresh", "{\"refreshToken\":\"" + session.body().path("refreshToken").asText() + "\"}");
        assertEquals(200, refreshed.status(), refreshed.raw().body());
        Api.Answer reused = Api.post("/mobile/refresh", "{\"refreshToken\":\"" + session.body().path("refreshToken").asText() + "\"}");
        assertEquals(401, reused.status(), "a refresh token works once");

        Api.Answer out = Api.send(HttpRequest.newBuilder(URI.create(BASE + "/mobile/sign-out"))
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(204, out.status());
        assertEquals(401, upload(token, fix(2, t0, null)).status());
        assertEquals(401, upload(refreshed.body().path("accessToken").asText(), fix(2, t0, null)).status(),
                "sign-out revokes every token of the device");
    }

    @Test
    void aBatchIsStoredOnceAndAResentBatchIsAcknowledgedWithoutStoringAgain() throws Exception {
        District.Officer officer = District.officer();
        String token = signIn(officer);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(1, ChronoUnit.HOURS);

        Api.Answer first = upload(token, fixes(1, 100, t0));
        assertEquals(200, first.status(), first.raw().body());
        assertEquals(100, first.body().path("stored").asInt());
        assertEquals(100, first.body().path("ackedSeq").asLong());
        assertEquals(100, stored(officer));

        Api.Answer again = upload(token, fixes(1, 100, t0));
        assertEquals(0, again.body().path("stored").asInt());
        assertEquals(100, again.body().path("duplicates").asInt());
        assertEquals(100, again.body().path("ackedSeq").asLong());
        assertEquals(100, stored(officer), "nothing stored twice");

        try (Connection db = PrivateDatabase.connect();
             PreparedStatement query = db.prepareStatement(
                     "SELECT last_fix_seq, last_fix_time FROM officer_status WHERE officer_id = ?")) {
            query.setLong(1, officer.id());
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals(100, row.getLong(1));
                assertEquals(t0.plusSeconds(500).truncatedTo(ChronoUnit.MICROS), row.getTimestamp(2).toInstant());
            }
        }
    }

    @Test
    void badFixesAreRefusedOneByOneAndTheGoodOnesOfTheBatchAreStored() throws Exception {
        District.Officer officer = District.officer();
        String token = signIn(officer);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(1, ChronoUnit.HOURS);
        String batch = String.join(",",
                fix(1, t0, null),
                "{\"seq\":2,\"time\":\"" + t0 + "\",\"lon\":117.36,\"lat\":95,\"accuracy\":8,\"provider\":\"gps\"}",
                "{\"seq\":3,\"time\":\"" + t0 + "\",\"lon\":117.36,\"lat\":32.93,\"accuracy\":-1,\"provider\":\"gps\"}",
                "{\"seq\":4,\"time\":\"" + Instant.now().plus(2, ChronoUnit.HOURS) + "\",\"lon\":117.36,\"lat\":32.93,\"accuracy\":8}",
                "{\"seq\":5,\"time\":\"" + t0 + "\",\"lon\":117.36,\"lat\":32.93,\"accuracy\":8,\"crs\":\"BD09\"}",
                fix(6, t0, null));

        Api.Answer answer = upload(token, batch);

        assertEquals(200, answer.status(), answer.raw().body());
        assertEquals(2, answer.body().path("stored").asInt());
        List<String> reasons = new ArrayList<>();
        answer.body().path("rejected").forEach(r -> reasons.add(r.path("index").asInt() + ":" + r.path("code").asText()));
        assertEquals(List.of("1:fix.coordinate-out-of-range", "2:fix.accuracy-absurd", "3:fix.time-in-future",
                "4:fix.crs-unknown"), reasons);
        assertEquals(6, answer.body().path("ackedSeq").asLong(), "refused fixes do not hold the phone's buffer back");
        assertEquals(2, stored(officer));
    }

    @Test
    void aSeqResentWithOtherContentIsAConflictAndChangesNothing() throws Exception {
        District.Officer officer = District.officer();
        String token = signIn(officer);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(1, ChronoUnit.HOURS);
        upload(token, fixes(1, 3, t0));

        Api.Answer answer = upload(token, fix(2, t0.plusSeconds(1), null));

        assertEquals("fix.seq-conflict", answer.body().path("rejected").get(0).path("code").asText());
        assertEquals(3, stored(officer));
        assertEquals(1, count("SELECT count(*) FROM fix WHERE device_id = ? AND seq = 2 AND fix_time = ?",
                officer.deviceId(), java.sql.Timestamp.from(t0.plusSeconds(10))));
    }

    @Test
    void lateAndOutOfOrderBatchesAreStoredByTheirOwnTimeAndTheAckWaitsForTheGap() throws Exception {
        District.Officer officer = District.officer();
        String token = signIn(officer);
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(3, ChronoUnit.DAYS);

        assertEquals(100, upload(token, fixes(1, 100, t0)).body().path("ackedSeq").asLong());
        Api.Answer ahead = upload(token, fixes(201, 300, t0));
        assertEquals(100, ahead.body().path("stored").asInt());
        assertEquals(100, ahead.body().path("ackedSeq").asLong(), "seq 101-200 are still missing");
        Api.Answer backlog = upload(token, fixes(101, 200, t0));
        assertEquals(300, backlog.body().path("ackedSeq").asLong());
        assertEquals(300, stored(officer));
        assertEquals(300, count("SELECT count(*) FROM fix WHERE device_id = ? AND fix_time < now() - interval '2 days'",
                officer.deviceId()));
    }

    @Test
    void gcj02FixesAreStoredInWgs84WithinAMetre() throws Exception {
        District.Officer officer = District.officer();
        String token = signIn(officer);
        double[] wgs = {117.3612345, 32.9387654};
        double[] gcj = Gcj02.fromWgs84(wgs[0], wgs[1]);
        String fix = String.format(Locale.ROOT,
                "{\"seq\":1,\"time\":\"%s\",\"lon\":%.9f,\"lat\":%.9f,\"accuracy\":5,\"provider\":\"fused\",\"crs\":\"GCJ02\"}",
                Instant.now().minusSeconds(60), gcj[0], gcj[1]);

        assertEquals(1, upload(token, fix).body().path("stored").asInt());

        try (Connection db = PrivateDatabase.connect();
             PreparedStatement query = db.prepareStatement(
                     "SELECT ST_Distance(ST_MakePoint(lon, lat)::geography, ST_MakePoint(?, ?)::geography), source_crs"
                             + " FROM fix WHERE device_id = ?")) {
            query.setDouble(1, wgs[0]);
            query.setDouble(2, wgs[1]);
            query.setLong(3, officer.deviceId());
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertTrue(row.getDouble(1) < 1.0, "stored within " + row.getDouble(1) + " m of the WGS84 truth");
                assertEquals("GCJ02", row.getString(2));
            }
        }
    }

    @Test
    void batchesOutsideOneToAThousandAreRefusedWhole() throws Exception {
        District.Officer officer = District.officer();
        String token = signIn(officer);
        Api.Answer empty = upload(token, "");
        assertEquals(422, empty.status());
        assertEquals("fix.batch-size", empty.body().path("code").asText());
        Api.Answer huge = upload(token, fixes(1, 1001, Instant.now().minus(1, ChronoUnit.DAYS)));
        assertEquals(422, huge.status());
        assertEquals(0, stored(officer));
        JsonNode malformed = upload(token, "{\"seq\":").body();
        assertNotNull(malformed);
        assertEquals("json.malformed", malformed.path("code").asText());
    }
}
