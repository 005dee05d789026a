package org.gridpatrol.desktop.reports.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridpatrol.desktop.connection.http.HttpServerConnection;
import org.gridpatrol.desktop.reports.SampleReports;
import org.gridpatrol.desktop.reports.api.DutyReports;
import org.gridpatrol.desktop.reports.server.ServerDutyReports;
import org.gridpatrol.model.report.NewReportJob;
import org.gridpatrol.model.report.ReportJob;
import org.gridpatrol.model.report.ReportPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Following a report job over HTTP, against a loopback server that answers as the report-jobs API. */
class JobWatchTest {
    private static final byte[] XLSX = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3};

    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final AtomicInteger polls = new AtomicInteger();
    private HttpServer server;
    private DutyReports reports;
    private ObjectMapper mapper;

    @BeforeEach
    void start() throws IOException {
        HttpServerConnection connection = new HttpServerConnection();
        mapper = connection.mapper();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/auth/login", x -> answer(x, 404, new byte[0], "application/json"));
        // a server without sign-in yet must still say it is GridPatrol
        server.createContext("/api/v1/health", x -> answer(x, 200,
                "{\"status\":\"UP\",\"version\":\"1.0\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/json"));
        server.createContext("/api/v1/report-jobs", this::jobs);
        server.start();
        connection.signIn(URI.create("http://127.0.0.1:" + server.getAddress().getPort()), "sup", "x".toCharArray());
        reports = new ServerDutyReports(connection);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Job 7 runs: queued, then 40% (2 of 5 officers) and done at the third look. */
    private void jobs(HttpExchange x) throws IOException {
        String call = x.getRequestMethod() + " " + x.getRequestURI();
        calls.add(call);
        if (call.endsWith("format=json")) {
            answer(x, 200, mapper.writeValueAsBytes(SampleReports.day()), "application/json");
        } else if (call.endsWith("format=xlsx")) {
            answer(x, 200, XLSX, DutyReports.Format.XLSX.mediaType());
        } else if (x.getRequestMethod().equals("POST")) {
            answer(x, 200, mapper.writeValueAsBytes(job("QUEUED", 0, 0, null)), "application/json");
        } else if (x.getRequestMethod().equals("DELETE")) {
            answer(x, 200, mapper.writeValueAsBytes(job("CANCELLED", 40, 2, 5)), "application/json");
        } else {
            int n = polls.incrementAndGet();
            ReportJob job = n < 2 ? job("RUNNING", 40, 2, 5) : job("DONE", 100, 5, 5);
            answer(x, 200, mapper.writeValueAsBytes(job), "application/json");
        }
    }

    private static ReportJob job(String state, int percent, int done, Integer total) {
        return new ReportJob(7, 3, ReportPeriod.DAY, LocalDate.of(2026, 11, 26), state, percent, done, total, null,
                null, null, null);
    }

    private static void answer(HttpExchange x, int status, byte[] body, String type) throws IOException {
        x.getResponseHeaders().add("Content-Type", type);
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            x.getResponseBody().write(body);
        }
        x.close();
    }

    private static final class Steps implements JobWatch.Progress {
        final List<String> seen = new CopyOnWriteArrayList<>();
        final int cancelAfter;

        Steps(int cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void step(ReportJob job) {
            seen.add(job.state() + " " + job.percent() + "% " + job.rowsDone() + "/" + job.rowsTotal());
        }

        @Override
        public boolean cancelled() {
            return seen.size() >= cancelAfter;
        }
    }

    @Test
    void followsTheJobToItsReport() throws InterruptedException {
        Steps steps = new Steps(Integer.MAX_VALUE);
        JobWatch.Outcome outcome = new JobWatch(reports, Duration.ofMillis(10))
                .follow(new NewReportJob(3L, ReportPeriod.DAY, LocalDate.of(2026, 11, 26)), steps);
        assertTrue(outcome.done());
        assertEquals(List.of("QUEUED 0% 0/null", "RUNNING 40% 2/5", "DONE 100% 5/5"), steps.seen);
        assertEquals(3, outcome.report().officers().size());
        assertEquals("王伟", outcome.report().officers().get(0).name());
        assertEquals("GET /api/v1/report-jobs/7/result?format=json", calls.get(calls.size() - 1));
    }

    @Test
    void cancellingStopsTheJobOnTheServer() throws InterruptedException {
        Steps steps = new Steps(2);
        JobWatch.Outcome outcome = new JobWatch(reports, Duration.ofMillis(10))
                .follow(new NewReportJob(3L, ReportPeriod.DAY, LocalDate.of(2026, 11, 26)), steps);
        assertFalse(outcome.done());
        assertNull(outcome.report());
        assertEquals("CANCELLED", outcome.job().state());
        assertEquals("DELETE /api/v1/report-jobs/7", calls.get(calls.size() - 1));
    }

    @Test
    void downloadsTheFileAsTheServerMadeIt() {
        assertArrayEquals(XLSX, reports.download(7, DutyReports.Format.XLSX));
        assertEquals("GET /api/v1/report-jobs/7/result?format=xlsx", calls.get(calls.size() - 1));
    }
}
