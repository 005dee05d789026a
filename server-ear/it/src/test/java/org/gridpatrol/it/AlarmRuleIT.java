package org.gridpatrol.it;

import static org.gridpatrol.it.District.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Alarm thresholds per squad and grid over time: set through the API, applied by the engine to uploaded fixes. */
@ExtendWith(ArquillianExtension.class)
class AlarmRuleIT {
    private static final double SIDE = PatrolBeat.SIDE;
    private static final String BASE = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @Test
    void aSetIsValidatedThresholdByThresholdAndAnsweredWithTheDefaultsFilledIn() throws Exception {
        long squad = District.orgUnit();
        Api.Answer wrong = Api.post("/alarm-rules", "{\"orgUnitId\":" + squad
                + ",\"thresholds\":{\"offPostMinutes\":0.2,\"napMinutes\":5}}");
        assertEquals(422, wrong.status(), wrong.raw().body());
        assertEquals("alarm-rule.invalid", wrong.body().path("code").asText());
        String errors = wrong.body().path("errors").toString();
        assertTrue(errors.contains("/thresholds/offPostMinutes") && errors.contains("alarm-rule.threshold-out-of-range"), errors);
        assertTrue(errors.contains("/thresholds/napMinutes") && errors.contains("alarm-rule.threshold-unknown"), errors);
        assertEquals(422, Api.post("/alarm-rules", "{\"orgUnitId\":" + squad + ",\"validFrom\":\"2020-01-01T00:00:00Z\","
                + "\"thresholds\":{\"offPostMinutes\":5}}").status(), "the past keeps its rules");
        assertEquals(422, Api.post("/alarm-rules", "{\"thresholds\":{\"offPostMinutes\":5}}").status());

        Api.Answer saved = Api.post("/alarm-rules", "{\"orgUnitId\":" + squad + ",\"thresholds\":{\"offPostMinutes\":5},"
                + "\"note\":\"试行\"}");
        assertEquals(201, saved.status(), saved.raw().body());
        assertEquals(5.0, saved.body().path("effective").path("offPostMinutes").asDouble());
        assertEquals(30.0, saved.body().path("effective").path("stillMinutes").asDouble());
        long id = saved.body().path("id").asLong();
        assertEquals(1, Api.get("/alarm-rules?orgUnit=" + squad).body().size());
        assertEquals(1, count("SELECT count(*) FROM audit_log WHERE target_type = 'alarm_rule_set' AND target_id = ?",
                Long.toString(id)), "the write is audited");
        String tomorrow = "{\"orgUnitId\":" + squad + ",\"validFrom\":\"" + Instant.now().plus(Duration.ofDays(1))
                .truncatedTo(ChronoUnit.SECONDS) + "\",\"thresholds\":{\"offPostMinutes\":6}}";
        assertEquals(201, Api.post("/alarm-rules", tomorrow).status());
        assertEquals(409, Api.post("/alarm-rules", tomorrow).status(), "one set per scope and time");
        assertEquals(404, Api.get("/alarm-rules/effective?orgUnit=999999999").status());
    }

    @Test
    void aStricterOffPostForOneSquadRaisesSoonerThereNotElsewhereAndNotBeforeTheChange() throws Exception {
        PatrolBeat strict = PatrolBeat.create();
        PatrolBeat other = PatrolBeat.create();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant t0 = now.minus(Duration.ofMinutes(60));
        Instant change = now.minus(Duration.ofMinutes(20));
        // saved 20 minutes ago: written in the database, since the API only takes sets from now on
        try (Connection db = PrivateDatabase.connect();
             PreparedStatement insert = db.prepareStatement("INSERT INTO alarm_rule_set (org_unit_id, valid_from, thresholds)"
                     + " VALUES (?, ?, '{\"offPostMinutes\": 3}'::jsonb)")) {
            insert.setLong(1, strict.officer().squadId());
            insert.setTimestamp(2, java.sql.Timestamp.from(change));
            insert.executeUpdate();
        }
        // a set saved through the API makes the server read every set again at once
        assertEquals(201, Api.post("/alarm-rules", "{\"gridId\":" + strict.neighbour()
                + ",\"thresholds\":{\"crossZoneMinutes\":4}}").status());

        assertEquals(10.0, Api.get("/alarm-rules/effective?orgUnit=" + strict.officer().squadId() + "&at=" + t0).body()
                .path("thresholds").path("offPostMinutes").asDouble());
        JsonNode effective = Api.get("/alarm-rules/effective?grid=" + strict.own()).body();
        assertEquals(3.0, effective.path("thresholds").path("offPostMinutes").asDouble(), effective.toString());
        assertEquals(4.0, Api.get("/alarm-rules/effective?grid=" + strict.neighbour()).body().path("thresholds")
                .path("crossZoneMinutes").asDouble());

        // five minutes off post 40 minutes before the change, five minutes off post 25 minutes after it
        for (PatrolBeat beat : List.of(strict, other)) {
            Api.Answer receipt = upload(beat, twoTrips(beat, t0));
            assertEquals(200, receipt.status(), receipt.raw().body());
        }

        JsonNode alarms = Api.get("/alarms?officer=" + strict.officer().id() + "&type=OFF_POST").body();
        assertEquals(1, alarms.size(), alarms.toString());
        Instant started = Instant.parse(alarms.get(0).path("startedAt").asText());
        assertTrue(started.isAfter(change), "the trip before the change kept the 10 minutes: " + started);
        assertEquals(0, Api.get("/alarms?officer=" + other.officer().id() + "&type=OFF_POST").body().size());
    }

    @Test
    void aSquadsSupervisorSeesAndSetsOnlyInHisSubtree() throws Exception {
        Territory t = Territory.create();
        Api.As supervisorA = Api.as(Accounts.token(t.a.id(), "SUPERVISOR"));
        assertEquals(201, supervisorA.post("/alarm-rules", "{\"orgUnitId\":" + t.a.id()
                + ",\"thresholds\":{\"stillMinutes\":40}}").status());
        assertEquals(201, Api.post("/alarm-rules", "{\"gridId\":" + t.b.grid() + ",\"thresholds\":{\"stillMinutes\":20}}")
                .status());

        assertEquals(422, supervisorA.post("/alarm-rules", "{\"gridId\":" + t.b.grid()
                + ",\"thresholds\":{\"stillMinutes\":50}}").status(), "squad B's grid is unknown to him");
        assertEquals(404, supervisorA.get("/alarm-rules/effective?grid=" + t.b.grid()).status());
        assertEquals(404, supervisorA.get("/alarm-rules/effective?orgUnit=" + t.b.id()).status());
        JsonNode seen = supervisorA.get("/alarm-rules").body();
        assertEquals(1, seen.size(), seen.toString());
        assertEquals(t.a.id(), seen.get(0).path("orgUnitId").asLong());
        assertEquals(40.0, supervisorA.get("/alarm-rules/effective?grid=" + t.a.grid()).body().path("thresholds")
                .path("stillMinutes").asDouble());
        assertEquals(403, Api.as(Accounts.token(t.bureau, "SYSTEM_ADMIN")).get("/alarm-rules").status(),
                "rules are business data, not the system administrator's");
    }

    /** Home in the own grid; off post 220 m west from minute 5 to 10 and from minute 45 to 50; 10 s fixes. */
    private static List<String> twoTrips(PatrolBeat beat, Instant t0) {
        double[] o = beat.origin();
        Random noise = new Random(11);
        List<String> fixes = new ArrayList<>();
        long seq = 0;
        for (int s = 0; s < 58 * 60; s += 10) {
            int m = s / 60;
            boolean away = m >= 5 && m < 10 || m >= 45 && m < 50;
            double lon = away ? o[0] - 0.0023 : o[0] + SIDE / 3;
            fixes.add(String.format(Locale.ROOT, "{\"seq\":%d,\"time\":\"%s\",\"lon\":%.7f,\"lat\":%.7f,\"accuracy\":10,"
                    + "\"speed\":1.2,\"provider\":\"gps\",\"mock\":false}", ++seq, t0.plusSeconds(s),
                    lon + noise.nextGaussian() * 0.00003, o[1] + SIDE / 2 + noise.nextGaussian() * 0.00003));
        }
        return fixes;
    }

    private static Api.Answer upload(PatrolBeat beat, List<String> fixes) {
        return Api.send(HttpRequest.newBuilder(URI.create(BASE + "/mobile/positions"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + beat.token())
                .POST(HttpRequest.BodyPublishers.ofString("{\"fixes\":[" + String.join(",", fixes) + "]}")));
    }
}
