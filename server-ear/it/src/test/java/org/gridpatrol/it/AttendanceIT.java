package org.gridpatrol.it;

import static org.gridpatrol.it.District.count;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Heartbeats and clocking in and out, through the mobile API, and the attendance alarms they
 * (or their absence) raise against the officer's shifts.
 */
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {
    private static final String BASE = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    private static Api.Answer post(PatrolBeat beat, String path, String json) {
        return Api.send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + beat.token())
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static String clock(String kind, Instant at, double lon, double lat) {
        return String.format(Locale.ROOT, "{\"kind\":\"%s\",\"at\":\"%s\",\"lon\":%.7f,\"lat\":%.7f,\"accuracy\":10}",
                kind, at, lon, lat);
    }

    @Test
    void aHeartbeatIsStoredOnceKeptAsStatusAndEndsLostContact() throws Exception {
        PatrolBeat beat = PatrolBeat.create();
        Instant silentSince = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1200);
        try (Connection db = PrivateDatabase.connect(); PreparedStatement lost = db.prepareStatement(
                "INSERT INTO alarm (type, officer_id, org_unit_id, started_at, reason) VALUES ('LOST_CONTACT', ?, ?, ?, 'unknown')")) {
            lost.setLong(1, beat.officer().id());
            lost.setLong(2, beat.officer().squadId());
            lost.setTimestamp(3, java.sql.Timestamp.from(silentSince));
            lost.executeUpdate();
        }
        Instant sent = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(5);
        String heartbeat = "{\"sentAt\":\"" + sent + "\",\"batteryPct\":7,\"charging\":false,\"gpsEnabled\":true,"
                + "\"network\":\"CELLULAR\",\"appState\":\"BACKGROUND\",\"announcement\":\"SHUTDOWN\"}";

        assertEquals(204, post(beat, "/mobile/heartbeats", heartbeat).status());
        assertEquals(204, post(beat, "/mobile/heartbeats", heartbeat).status());

        assertEquals(1, count("SELECT count(*) FROM heartbeat WHERE device_id = ?", beat.officer().deviceId()));
        try (Connection db = PrivateDatabase.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT last_battery_pct, last_announcement FROM officer_status WHERE officer_id = ?")) {
            query.setLong(1, beat.officer().id());
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals(7, row.getInt(1));
                assertEquals("SHUTDOWN", row.getString(2));
            }
        }
        assertEquals(1, count("SELECT count(*) FROM alarm WHERE officer_id = ? AND type = 'LOST_CONTACT' AND ended_at = ?",
                beat.officer().id(), java.sql.Timestamp.from(sent)), "lost contact ends when the phone speaks again");
    }

    @Test
    void badHeartbeatsAreRefused() throws Exception {
        PatrolBeat beat = PatrolBeat.create();
        assertEquals("heartbeat.battery-out-of-range", post(beat, "/mobile/heartbeats",
                "{\"sentAt\":\"" + Instant.now() + "\",\"batteryPct\":140}").body().path("code").asText());
        assertEquals("heartbeat.announcement-unknown", post(beat, "/mobile/heartbeats",
                "{\"sentAt\":\"" + Instant.now() + "\",\"announcement\":\"NAP\"}").body().path("code").asText());
        assertEquals("heartbeat.time-missing", post(beat, "/mobile/heartbeats", "{}").body().path("code").asText());
    }

    @Test
    void clockingInInsideTheGridIsCleanAndOutsideRaisesAnAlarm() throws Exception {
        PatrolBeat beat = PatrolBeat.create();
        double[] o = beat.origin();
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(30);

        Api.Answer inside = post(beat, "/mobile/clock", clock("IN", at, o[0] + 0.002, o[1] + 0.002));
        assertEquals(200, inside.status(), inside.raw().body());
        assertTrue(inside.body().path("insideOwnGrid").asBoolean());
        assertEquals(0, inside.body().path("flags").size());

        Api.Answer out = post(beat, "/mobile/clock", clock("OUT", at.plusSeconds(10), o[0] + 0.002, o[1] + 0.002));
        assertEquals(200, out.status());
        assertEquals(0, count("SELECT count(*) FROM officer_status WHERE officer_id = ? AND clocked_in", beat.officer().id()));

        Api.Answer outside = post(beat, "/mobile/clock", clock("IN", at.plusSeconds(20), o[0] + 0.006, o[1] + 0.002));
        assertFalse(outside.body().path("insideOwnGrid").asBoolean());
        assertEquals("CLOCK_IN_OUTSIDE", outside.body().path("flags").get(0).asText());
        assertEquals(1, Api.get("/alarms?officer=" + beat.officer().id() + "&type=CLOCK_IN_OUTSIDE").body().size());
        post(beat, "/mobile/clock", clock("IN", at.plusSeconds(20), o[0] + 0.006, o[1] + 0.002));
        assertEquals(1, Api.get("/alarms?officer=" + beat.officer().id() + "&type=CLOCK_IN_OUTSIDE").body().size(),
                "the same clock-in sent again raises nothing more");
        assertEquals(2, count("SELECT count(*) FROM clock_event WHERE officer_id = ? AND kind = 'IN'", beat.officer().id()));
        assertEquals("clock.kind-unknown", post(beat, "/mobile/clock", clock("LUNCH", at, o[0], o[1])).body().path("code").asText());
    }

    /** An officer with a grid and a shift that began 40 minutes ago and, crossing midnight, lasts 23 hours. */
    private record Rostered(District.Officer officer, double[] origin, Instant shiftStart, String token) {
    }

    private static Rostered rostered(District.Officer officer, boolean holidayToday) throws Exception {
        double[] o = District.origin();
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        ZonedDateTime start = ZonedDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES).minusMinutes(40);
        try (Connection db = PrivateDatabase.connect()) {
            long grid = Territory.insert(db, "INSERT INTO grid (kind, name, org_unit_id, geom) VALUES ('RESPONSIBILITY_ZONE',"
                    + " ?, ?, ST_Multi(ST_MakeEnvelope(?, ?, ? + 0.004, ? + 0.004, 4326))) RETURNING id",
                    "考勤网格 " + officer.badge(), officer.squadId(), o[0], o[1], o[0], o[1]);
            long shift = Territory.insert(db, "INSERT INTO shift (name, org_unit_id) VALUES (?, ?) RETURNING id",
                    "长班 " + officer.badge(), officer.squadId());
            Territory.insert(db, "INSERT INTO shift_window (shift_id, weekday, start_time, end_time) VALUES (?, ?, ?, ?)"
                    + " RETURNING id", shift, start.getDayOfWeek().getValue(), start.toLocalTime(),
                    start.toLocalTime().minusHours(1));
            Territory.insert(db, "INSERT INTO assignment (officer_id, grid_id, shift_id, valid_from)"
                    + " VALUES (?, ?, ?, now() - interval '1 day') RETURNING id", officer.id(), grid, shift);
            if (holidayToday) {
                Territory.insert(db, "INSERT INTO holiday (org_unit_id, day, name) VALUES (?, ?, '测试假日') RETURNING id",
                        officer.squadId(), start.toLocalDate());
            }
        }
        return new Rostered(officer, o, start.toInstant(), Territory.signIn(officer));
    }

    private static long alarms(Rostered r, String type) throws Exception {
        return count("SELECT count(*) FROM alarm WHERE officer_id = ? AND type = ?", r.officer().id(), type);
    }

    private static Api.Answer clock(Rostered r, String kind, Instant at) {
        return Api.send(HttpRequest.newBuilder(URI.create(BASE + "/mobile/clock")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + r.token())
                .POST(HttpRequest.BodyPublishers.ofString(clock(kind, at, r.origin()[0] + 0.002, r.origin()[1] + 0.002))));
    }

    @Test
    void absentThenLateThenEarlyLeaveEachRaisedOnceAndNoneOnAHoliday() throws Exception {
        District.Officer officer = District.officer();
        String supervisor = Accounts.token(officer.squadId(), "SUPERVISOR");
        try (EventStream events = EventStream.open(supervisor)) {
            Rostered worker = rostered(officer, false);
            Rostered resting = rostered(District.officer(), true);
            // no clock-in 30 minutes into the shift: the timer (every 2 s in tests) calls him absent
            long deadline = System.currentTimeMillis() + 20_000;
            while (alarms(worker, "ABSENT") == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(500);
            }
            JsonNode absent = Api.get("/alarms?officer=" + worker.officer().id() + "&type=ABSENT").body();
            assertEquals(1, absent.size(), absent.toString());
            assertEquals(worker.shiftStart(), Instant.parse(absent.get(0).path("startedAt").asText()));
            assertTrue(absent.get(0).path("endedAt").isMissingNode(), "absent until he clocks in");
            long absentId = absent.get(0).path("id").asLong();
            assertNotNull(events.await(EventStream.about("alarm.opened", absentId), 5_000), "on the squad's stream");
            Thread.sleep(4_500); // two more sweeps raise nothing more
            assertEquals(1, alarms(worker, "ABSENT"));

            // he clocks in 40 minutes late: late once, and the absence ends then
            Instant in = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(5);
            Api.Answer late = clock(worker, "IN", in);
            assertEquals(200, late.status(), late.raw().body());
            assertTrue(late.body().path("flags").toString().contains("LATE"), late.raw().body());
            assertEquals(200, clock(worker, "IN", in).status());
            assertEquals(200, clock(worker, "IN", in.plusSeconds(2)).status());
            JsonNode lateAlarms = Api.get("/alarms?officer=" + worker.officer().id() + "&type=LATE").body();
            assertEquals(1, lateAlarms.size(), lateAlarms.toString());
            assertEquals(worker.shiftStart(), Instant.parse(lateAlarms.get(0).path("startedAt").asText()));
            assertEquals(in, Instant.parse(lateAlarms.get(0).path("endedAt").asText()));
            assertNotNull(events.await(EventStream.about("alarm.opened", lateAlarms.get(0).path("id").asLong()), 5_000));
            assertEquals(in, Instant.parse(Api.get("/alarms/" + absentId).body().path("alarm").path("endedAt").asText()));

            // and leaves after a few seconds, 23 hours before his shift ends the next day: early leave, once
            Api.Answer early = clock(worker, "OUT", in.plusSeconds(3));
            assertTrue(early.body().path("flags").toString().contains("EARLY_LEAVE"), early.raw().body());
            assertEquals(200, clock(worker, "OUT", in.plusSeconds(4)).status());
            JsonNode leaves = Api.get("/alarms?officer=" + worker.officer().id() + "&type=EARLY_LEAVE").body();
            assertEquals(1, leaves.size(), leaves.toString());
            assertEquals(worker.shiftStart().plus(java.time.Duration.ofHours(23)),
                    Instant.parse(leaves.get(0).path("endedAt").asText()), "the night shift ends on the next day");

            // the same shift on a holiday of his squad: nothing at all
            assertEquals(0, alarms(resting, "ABSENT"));
            Api.Answer restIn = clock(resting, "IN", in);
            assertEquals(0, restIn.body().path("flags").size(), restIn.raw().body());
            assertEquals(0, clock(resting, "OUT", in.plusSeconds(3)).body().path("flags").size());
            assertEquals(0, count("SELECT count(*) FROM alarm WHERE officer_id = ?", resting.officer().id()));

            // all of it in his attendance, for his squad's supervisor only
            JsonNode record = Api.as(supervisor).get("/officers/" + worker.officer().id() + "/attendance?from="
                    + worker.shiftStart().minusSeconds(3600) + "&to=" + in.plusSeconds(60)).body();
            assertEquals(4, record.path("clocks").size(), record.toString());
            List<String> types = new ArrayList<>();
            record.path("alarms").forEach(a -> types.add(a.path("type").asText()));
            assertEquals(List.of("ABSENT", "LATE", "EARLY_LEAVE"), types);
            assertEquals(404, Api.as(supervisor).get("/officers/" + resting.officer().id() + "/attendance").status());
            JsonNode own = Api.as(worker.token()).get("/mobile/attendance").body();
            assertEquals(3, own.path("alarms").size(), "and on his own phone: " + own);
            assertEquals(worker.officer().id(), own.path("officerId").asLong());
        }
    }

    @Test
    void aCheckInCountsOnlyNearItsCheckpoint() throws Exception {
        PatrolBeat beat = PatrolBeat.create();
        double[] o = beat.origin();
        String tag = "QR-IT-" + System.nanoTime();
        try (Connection db = PrivateDatabase.connect(); PreparedStatement insert = db.prepareStatement(
                "INSERT INTO checkpoint (grid_id, name, geom, radius_m, tag_code) VALUES (?, '菜市场门口', "
                        + "ST_SetSRID(ST_MakePoint(?, ?), 4326), 30, ?)")) {
            insert.setLong(1, beat.own());
            insert.setDouble(2, o[0] + 0.002);
            insert.setDouble(3, o[1] + 0.002);
            insert.setString(4, tag);
            insert.executeUpdate();
        }
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(20);
        String near = String.format(Locale.ROOT, "{\"tagValue\":\"%s\",\"at\":\"%s\",\"lon\":%.7f,\"lat\":%.7f,\"accuracy\":8}",
                tag, at, o[0] + 0.0021, o[1] + 0.002);
        Api.Answer counted = post(beat, "/mobile/check-ins", near);
        assertEquals(200, counted.status(), counted.raw().body());
        assertTrue(counted.body().path("counted").asBoolean());
        assertTrue(counted.body().path("distanceM").asDouble() < 15);

        String far = String.format(Locale.ROOT, "{\"tagValue\":\"%s\",\"at\":\"%s\",\"lon\":%.7f,\"lat\":%.7f,\"accuracy\":8}",
                tag, at.plusSeconds(5), o[0] + 0.02, o[1] + 0.002);
        Api.Answer home = post(beat, "/mobile/check-ins", far);
        assertFalse(home.body().path("counted").asBoolean(), "a tag scanned 1.7 km away does not count");
        assertEquals(2, count("SELECT count(*) FROM checkpoint_visit WHERE officer_id = ?", beat.officer().id()));
        assertEquals("checkin.tag-unknown", post(beat, "/mobile/check-ins", near.replace(tag, "QR-NONE")).body().path("code").asText());
    }

    @Test
    void aLostContactEndedByAHeartbeatIsAnnouncedAsClosedOnTheStream() throws Exception {
        PatrolBeat beat = PatrolBeat.create();
        long lost;
        try (Connection db = PrivateDatabase.connect()) {
            lost = Territory.insert(db, "INSERT INTO alarm (type, officer_id, org_unit_id, started_at, reason)"
                    + " VALUES ('LOST_CONTACT', ?, ?, now() - interval '20 minutes', 'unknown') RETURNING id",
                    beat.officer().id(), beat.officer().squadId());
        }
        try (EventStream events = EventStream.open(Accounts.token(beat.officer().squadId(), "SUPERVISOR"))) {
            Instant sent = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(2);
            assertEquals(204, post(beat, "/mobile/heartbeats", "{\"sentAt\":\"" + sent + "\",\"batteryPct\":60}").status());
            EventStream.Event closed = events.await(EventStream.about("alarm.closed", lost), 10_000);
            assertNotNull(closed, "alarm.closed of the lost contact on the squad's stream");
            assertEquals("LOST_CONTACT", closed.data().path("type").asText());
            assertEquals(sent, Instant.parse(closed.data().path("endedAt").asText()));
        }
    }

    @Test
    void anEarlyLeaveIsWithdrawnWhenTheOfficerClocksInAgainWithinTheShift() throws Exception {
        District.Officer officer = District.officer();
        try (EventStream events = EventStream.open(Accounts.token(officer.squadId(), "SUPERVISOR"))) {
            Rostered worker = rostered(officer, false);
            Instant in = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(20);
            assertEquals(200, clock(worker, "IN", in).status());
            Api.Answer out = clock(worker, "OUT", in.plusSeconds(3));
            assertTrue(out.body().path("flags").toString().contains("EARLY_LEAVE"), out.raw().body());
            long leave = Api.get("/alarms?officer=" + worker.officer().id() + "&type=EARLY_LEAVE").body().get(0).path("id").asLong();

            Api.Answer back = clock(worker, "IN", in.plusSeconds(10));
            assertEquals(200, back.status(), back.raw().body());
            assertFalse(back.body().path("flags").toString().contains("LATE"), "late once per shift: " + back.raw().body());
            JsonNode withdrawn = Api.get("/alarms/" + leave).body().path("alarm");
            assertEquals(in.plusSeconds(10), Instant.parse(withdrawn.path("endedAt").asText()), withdrawn.toString());
            assertTrue(withdrawn.path("reason").asText().contains("withdrawn"), withdrawn.toString());
            EventStream.Event closed = events.await(EventStream.about("alarm.closed", leave), 10_000);
            assertNotNull(closed, "alarm.closed of the withdrawn early leave");
            assertTrue(closed.data().path("reason").asText().contains("撤销"), closed.data().toString());

            // leaving early again is a new early leave
            Api.Answer again = clock(worker, "OUT", in.plusSeconds(15));
            assertTrue(again.body().path("flags").toString().contains("EARLY_LEAVE"), again.raw().body());
            assertEquals(2, alarms(worker, "EARLY_LEAVE"));
        }
    }
}
