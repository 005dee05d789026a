package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A duty day built so every figure is known: clocked in at 09:00, a loop 10 m inside the edges
 * of a 300 m × 200 m grid, then 100 m out west across the edge and back, clocked out at the last
 * fix; alarms, checkpoint visits and a shorter walk the day before written directly. Time inside
 * and mileage are recomputed here from the same fixes; coverage from the construction.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIT {
    private static final String BASE = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final double W = 300;
    private static final double H = 200;
    private static final double INSET = 10;
    private static final int EVERY_S = 10;

    private static RectangleBeat beat;
    private static long idle;
    private static LocalDate day;
    private static Instant start;
    private static List<double[]> walk;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    @BeforeAll
    static void aDayOfDuty() throws Exception {
        beat = RectangleBeat.create(W, H);
        day = LocalDate.now(ZONE).minusDays(3);
        start = day.atTime(9, 0).atZone(ZONE).toInstant();
        walk = RectangleBeat.walk(1.2, EVERY_S, new double[] {INSET, INSET}, new double[] {W - INSET, INSET},
                new double[] {W - INSET, H - INSET}, new double[] {INSET, H - INSET}, new double[] {INSET, INSET},
                new double[] {-90, INSET}, new double[] {INSET, INSET});
        beat.store(walk, start, EVERY_S, 1);
        Instant end = start.plusSeconds((long) (walk.size() - 1) * EVERY_S);
        List<double[]> before = RectangleBeat.walk(1.2, EVERY_S, new double[] {INSET, INSET}, new double[] {W - INSET, INSET});
        beat.store(before, start.minus(Duration.ofDays(1)), EVERY_S, 100_000);
        try (Connection db = PrivateDatabase.connect()) {
            long officer = beat.officer().id();
            long squad = beat.officer().squadId();
            idle = Territory.insert(db, "INSERT INTO officer (badge_no, name, squad_id) VALUES (?, '闲员', ?) RETURNING id",
                    Fixtures.unique("I"), squad);
            Territory.insert(db, "INSERT INTO clock_event (officer_id, kind, at) VALUES (?, 'IN', ?) RETURNING id", officer, ts(start));
            Territory.insert(db, "INSERT INTO clock_event (officer_id, kind, at) VALUES (?, 'OUT', ?) RETURNING id", officer, ts(end));
            alarm(db, "OFF_POST", 600, "HANDLED", "CONFIRMED", 20);
            alarm(db, "STILL", 300, "OPEN", null, 60);
            alarm(db, "LATE", 0, "OPEN", null, 0);
            alarm(db, "CHECKPOINT_MISSED", 0, "OPEN", null, 70);
            double[] p = beat.lonLat(INSET, INSET);
            long checkpoint = Territory.insert(db, "INSERT INTO checkpoint (grid_id, name, geom) VALUES (?, '东门',"
                    + " ST_SetSRID(ST_MakePoint(?, ?), 4326)) RETURNING id", beat.grid(), p[0], p[1]);
            for (int minute : new int[] {5, 15, 25}) {
                Territory.insert(db, "INSERT INTO checkpoint_visit (checkpoint_id, officer_id, at, source, counted)"
                        + " VALUES (?, ?, ?, 'CHECKIN', ?) RETURNING id", checkpoint, officer,
                        ts(start.plusSeconds(minute * 60L)), minute != 25);
            }
        }
    }

    private static Timestamp ts(Instant t) {
        return Timestamp.from(t);
    }

    private static void alarm(Connection db, String type, int seconds, String state, String disposition, int minute)
            throws SQLException {
        Instant at = start.plusSeconds(minute * 60L);
        Territory.insert(db, "INSERT INTO alarm (type, officer_id, grid_id, org_unit_id, state, started_at, ended_at, disposition)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", type, beat.officer().id(), beat.grid(),
                beat.officer().squadId(), state, ts(at), ts(at.plusSeconds(seconds)), disposition);
    }

    /** Seconds inside the grid, recomputed: each fix stands for the 10 s until the next one. */
    private static long insideSeconds() {
        long inside = 0;
        for (int i = 0; i + 1 < walk.size(); i++) {
            double[] p = walk.get(i);
            if (p[0] >= 0 && p[0] <= W && p[1] >= 0 && p[1] <= H) {
                inside += EVERY_S;
            }
        }
        return inside;
    }

    private static String query(String format) {
        return "/reports/duty?orgUnit=" + beat.officer().squadId() + "&period=DAY&date=" + day + (format == null ? "" : "&format=" + format);
    }

    private static HttpResponse<byte[]> bytes(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", "Bearer " + Accounts.bootstrapToken()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theDayReportGivesTheFiguresOfTheConstruction() {
        Api.Answer answer = Api.get(query(null));
        assertEquals(200, answer.status(), answer.raw().body());
        JsonNode officers = answer.body().path("officers");
        assertEquals(2, officers.size(), answer.raw().body());
        JsonNode o = officers.get(0);
        assertEquals(beat.officer().id(), o.path("officerId").asLong());
        assertEquals(1, o.path("rank").asInt());
        assertEquals(idle, officers.get(1).path("officerId").asLong());
        assertEquals(2, officers.get(1).path("rank").asInt());
        JsonNode f = o.path("current");
        long onDuty = (long) (walk.size() - 1) * EVERY_S;
        assertEquals(onDuty, f.path("onDutyS").asLong());
        assertEquals(insideSeconds(), f.path("insideS").asLong(), EVERY_S);
        assertEquals(onDuty - insideSeconds(), f.path("outsideS").asLong(), EVERY_S);
        double walked = 0;
        for (int i = 1; i < walk.size(); i++) {
            walked += Math.hypot(walk.get(i)[0] - walk.get(i - 1)[0], walk.get(i)[1] - walk.get(i - 1)[1]);
        }
        double loop = 2 * (W - 2 * INSET) + 2 * (H - 2 * INSET);
        assertEquals(loop + 200, walked, 30, "the fixes cut the corners by a few metres only");
        assertEquals(walked, f.path("mileageM").asDouble(), walked * 0.005);
        assertEquals(2, f.path("checkpointsDone").asInt());
        assertEquals(1, f.path("checkpointsMissed").asInt());
        assertEquals(1, f.path("late").asInt());
        assertEquals(4, f.path("alarms").asInt());
        double b = 20;
        double covered = W * H - (W - 2 * (INSET + b)) * (H - 2 * (INSET + b));
        assertEquals(covered / (W * H), f.path("coverage").asDouble(), 0.01);
        assertEquals(covered, o.path("grids").get(0).path("coveredAreaM2").asDouble(), covered * 0.01);
        JsonNode previous = o.path("previous");
        assertEquals(0, previous.path("onDutyS").asLong(), "not clocked in the day before");
        assertEquals(W - 2 * INSET, previous.path("mileageM").asDouble(), 3);
        for (JsonNode tally : o.path("alarms")) {
            if (tally.path("type").asText().equals("OFF_POST")) {
                assertEquals(1, tally.path("count").asInt());
                assertEquals(600, tally.path("durationS").asLong());
                assertEquals(1, tally.path("confirmed").asInt());
            } else if (tally.path("type").asText().equals("STILL")) {
                assertEquals(300, tally.path("durationS").asLong());
                assertEquals(1, tally.path("unhandled").asInt());
            }
        }
    }

    @Test
    void exportsReadBackWithTheChineseTextAndAreAudited() throws Exception {
        long audited = District.count("SELECT count(*) FROM audit_log WHERE action = 'REPORT_EXPORT'");
        HttpResponse<byte[]> pdf = bytes(query("pdf"));
        assertEquals(200, pdf.statusCode(), new String(pdf.body()));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("值勤报表"), text);
            assertTrue(text.contains("闲员"), text);
            assertTrue(text.contains("矩形网格"), text);
            assertTrue(document.getPage(document.getNumberOfPages() - 1).getResources().getXObjectNames().iterator().hasNext(),
                    "the grid's map is drawn");
        }
        HttpResponse<byte[]> xlsx = bytes(query("xlsx"));
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals("闲员", book.getSheetAt(0).getRow(3).getCell(3).getStringCellValue());
            assertEquals(beat.officer().badge(), book.getSheetAt(0).getRow(2).getCell(2).getStringCellValue());
        }
        assertEquals(audited + 2, District.count("SELECT count(*) FROM audit_log WHERE action = 'REPORT_EXPORT'"));
        Fixtures.assertProblem(Api.get(query("docx")), 400, "report.bad-format");
        Fixtures.assertProblem(Api.get("/reports/duty?orgUnit=" + beat.officer().squadId() + "&period=YEAR&date=" + day),
                400, "report.bad-period");
    }

    @Test
    void aJobReportsProgressKeepsItsResultAndCannotBeCancelledOnceDone() throws Exception {
        Api.Answer created = Api.post("/report-jobs", Fixtures.json("orgUnitId", beat.officer().squadId(), "period", "DAY",
                "date", day.toString()));
        assertEquals(202, created.status(), created.raw().body());
        long id = created.body().path("id").asLong();
        JsonNode job = created.body();
        for (int i = 0; i < 300 && !job.path("state").asText().equals("DONE"); i++) {
            assertTrue(List.of("QUEUED", "RUNNING", "DONE").contains(job.path("state").asText()), job.toString());
            Thread.sleep(100);
            job = Api.get("/report-jobs/" + id).body();
        }
        assertEquals("DONE", job.path("state").asText(), job.toString());
        assertEquals(100, job.path("percent").asInt());
        assertEquals(2, job.path("rowsDone").asInt());
        assertEquals(2, job.path("rowsTotal").asInt());
        JsonNode result = Api.get("/report-jobs/" + id + "/result?format=json").body();
        assertEquals(Api.get(query(null)).body().path("officers").get(0).path("current").path("insideS"),
                result.path("officers").get(0).path("current").path("insideS"));
        HttpResponse<byte[]> pdf = bytes("/report-jobs/" + id + "/result?format=pdf");
        assertEquals(200, pdf.statusCode(), new String(pdf.body(), java.nio.charset.StandardCharsets.UTF_8));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertTrue(new PDFTextStripper().getText(document).contains("值勤报表"));
        }
        Fixtures.assertProblem(Api.delete("/report-jobs/" + id), 409, "report-job.finished");
    }

    @Test
    void aQueuedJobHasNoResultYetAndCancelsAndOtherBureausSeeNoJob() throws Exception {
        long id;
        try (Connection db = PrivateDatabase.connect()) {
            id = Territory.insert(db, "INSERT INTO report_job (org_unit_id, period, day) VALUES (?, 'WEEK', ?) RETURNING id",
                    beat.officer().squadId(), java.sql.Date.valueOf(day));
        }
        Fixtures.assertProblem(Api.get("/report-jobs/" + id + "/result"), 409, "report-job.not-done");
        Api.As other = Api.as(Accounts.token(District.orgUnit(), "SUPERVISOR"));
        Fixtures.assertProblem(other.get("/report-jobs/" + id), 404, "report-job.unknown");
        Fixtures.assertProblem(other.delete("/report-jobs/" + id), 404, "report-job.unknown");
        Fixtures.assertProblem(other.get(query(null)), 404, "org-unit.unknown");
        Api.Answer cancelled = Api.delete("/report-jobs/" + id);
        assertEquals(200, cancelled.status(), cancelled.raw().body());
        assertEquals("CANCELLED", cancelled.body().path("state").asText());
        assertEquals(1, District.count("SELECT count(*) FROM audit_log WHERE action = 'REPORT_JOB_CANCEL' AND outcome = 'SUCCESS'"
                + " AND target_id = ?",
                String.valueOf(id)));
        List<String> states = new ArrayList<>();
        states.add(Api.get("/report-jobs/" + id).body().path("state").asText());
        assertEquals(List.of("CANCELLED"), states);
    }
}
