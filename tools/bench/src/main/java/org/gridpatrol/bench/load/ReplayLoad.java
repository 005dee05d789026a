package org.gridpatrol.bench.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * One officer's day for replay: 8,640 fixes (one per 10 s) uploaded through the API,
 * then the replay call timed, beside the plain SQL that reads the same fixes.
 *
 * <pre>java -cp benchmarks.jar org.gridpatrol.bench.load.ReplayLoad BASE_URL DB_PROPERTIES</pre>
 */
public final class ReplayLoad {
    private static final int FIXES = 8_640;
    private static final int RUNS = 15;

    private ReplayLoad() {
    }

    public static void main(String[] args) throws Exception {
        Target target = Target.of(args[0], Path.of(args[1]));
        Results results = new Results(Path.of(System.getProperty("gridpatrol.results", "tools/bench/results")));
        IngestLoad.Phone phone = IngestLoad.phones(target, 1)[0];
        phone.clock = Instant.now().minusSeconds(2L * 24 * 3600);
        Instant from = phone.clock;
        Random random = new Random(2);
        for (int sent = 0; sent < FIXES; sent += 100) {
            HttpResponse<String> answer = target.http().send(HttpRequest.newBuilder(URI.create(target.api() + "/mobile/positions"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + phone.token)
                    .POST(HttpRequest.BodyPublishers.ofString(phone.next(100, random))).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("upload failed: " + answer.body());
            }
        }
        long officer;
        try (Connection db = target.connect(); PreparedStatement query = db.prepareStatement("SELECT officer_id FROM device WHERE id = ?")) {
            query.setLong(1, phone.deviceId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                officer = row.getLong(1);
            }
        }
        Instant to = from.plusSeconds(5L * FIXES + 60);
        String path = "/tracks/" + officer + "?from=" + from.minusSeconds(60) + "&to=" + to + "&tolerance=5";
        double[] api = new double[RUNS];
        for (int i = 0; i < RUNS + 3; i++) {
            long start = System.nanoTime();
            HttpResponse<String> track = target.get(path);
            double ms = (System.nanoTime() - start) / 1e6;
            if (i >= 3) { // three warm-up calls
                api[i - 3] = ms;
            }
            if (track.statusCode() != 200) {
                throw new IllegalStateException("replay failed: " + track.body());
            }
        }
        double[] sql = new double[RUNS];
        try (Connection db = target.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT seq, fix_time, lon, lat, accuracy_m, mock FROM fix WHERE officer_id = ? AND fix_time >= ? AND fix_time < ? ORDER BY fix_time")) {
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                query.setLong(1, officer);
                query.setTimestamp(2, java.sql.Timestamp.from(from.minusSeconds(60)));
                query.setTimestamp(3, java.sql.Timestamp.from(to));
                int n = 0;
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        n++;
                    }
                }
                sql[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        Arrays.sort(api);
        Arrays.sort(sql);
        results.put("replay_day_track_ms", Results.quantile(api, 0.5), "ms", String.format(Locale.ROOT,
                "reading the same %,d fixes by plain SQL: %.1f ms; measured at the client, HTTP and JSON included", FIXES,
                Results.quantile(sql, 0.5)), "< 100 ms server time");
        results.write("Replay", "tools/bench/run.sh replay");
    }
}
