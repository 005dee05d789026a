package org.gridpatrol.bench.load;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reports under load: the day report of a squad of 50 officers with 8,640 fixes each, beside
 * PostGIS computing part of it (mileage and fixes inside own grid) in one SQL statement; and the
 * coverage of 500 grids by 500 officers' day tracks through the API, beside PostGIS buffering
 * and intersecting a sample of the same grids (extrapolated to 500).
 *
 * <pre>java -cp benchmarks.jar org.gridpatrol.bench.load.ReportLoad BASE_URL DB_PROPERTIES [OFFICERS=500] [CLIENTS=2]</pre>
 */
public final class ReportLoad {
    private static final int RUNS = 3;
    private static final int POSTGIS_SAMPLE = 10;

    private ReportLoad() {
    }

    public static void main(String[] args) throws Exception {
        Target target = Target.of(args[0], Path.of(args[1]));
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        Results results = new Results(Path.of(System.getProperty("gridpatrol.results", "tools/bench/results")));
        PatrolDays days;
        long seeded = System.nanoTime();
        try (Connection db = target.connect()) {
            days = PatrolDays.write(db, count);
        }
        System.out.printf(Locale.ROOT, "seeded %d officers × %,d fixes in %.1f s%n", count, PatrolDays.FIXES,
                (System.nanoTime() - seeded) / 1e9);
        String report = "/reports/duty?orgUnit=" + days.squads[0] + "&period=DAY&date=" + days.day;
        double[] api = new double[RUNS];
        for (int i = -1; i < RUNS; i++) { // one warm-up call
            long start = System.nanoTime();
            HttpResponse<String> answer = target.get(report);
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("report failed: " + answer.body());
            }
            if (i >= 0) {
                api[i] = (System.nanoTime() - start) / 1e9;
            }
        }
        Arrays.sort(api);
        double sql = postgisDay(target, days);
        results.put("day_report_50_officers_s", Results.quantile(api, 0.5), "s", String.format(Locale.ROOT,
                "PostGIS, mileage + fixes inside own grid only (no coverage, no previous day): %.2f s", sql), "< 5 s");
        String window = "&from=" + days.from + "&to=" + days.from.plusSeconds(86_400);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String path = "/grids/" + days.grids[i] + "/coverage?officer=" + days.officers[i] + window;
            calls.add(pool.submit(() -> target.get(path).statusCode()));
        }
        for (Future<Integer> call : calls) {
            if (call.get() != 200) {
                throw new IllegalStateException("a coverage call answered " + call.get());
            }
        }
        double coverage = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        double postgis = postgisCoverage(target, days) * count / POSTGIS_SAMPLE;
        results.put("coverage_500x500_s", coverage * 500.0 / count, "s", String.format(Locale.ROOT,
                "PostGIS ST_Buffer(geography) ∩ grid, %d grids timed, ×%d: %.1f s; %d client threads", POSTGIS_SAMPLE,
                count / POSTGIS_SAMPLE, postgis * 500.0 / count, clients), "< 60 s");
        results.write("Reports", "tools/bench/run.sh reports");
    }

    private static double postgisDay(Target target, PatrolDays days) throws Exception {
        try (Connection db = target.connect(); PreparedStatement query = db.prepareStatement("""
                SELECT f.officer_id, count(*) FILTER (WHERE ST_Intersects(g.geom, ST_SetSRID(ST_MakePoint(f.lon, f.lat), 4326))),
                       ST_Length(ST_MakeLine(ST_SetSRID(ST_MakePoint(f.lon, f.lat), 4326) ORDER BY f.fix_time)::geography)
                  FROM fix f JOIN assignment a ON a.officer_id = f.officer_id JOIN grid g ON g.id = a.grid_id
                  JOIN officer o ON o.id = f.officer_id
                 WHERE o.squad_id = ? AND f.fix_time >= ? AND f.fix_time < ? GROUP BY f.officer_id""")) {
            double[] times = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                query.setLong(1, days.squads[0]);
                query.setTimestamp(2, Timestamp.from(days.from));
                query.setTimestamp(3, Timestamp.from(days.from.plusSeconds(86_400)));
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        row.getDouble(3);
                    }
                }
                times[i] = (System.nanoTime() - start) / 1e9;
            }
            Arrays.sort(times);
            return Results.quantile(times, 0.5);
        }
    }

    private static double postgisCoverage(Target target, PatrolDays days) throws Exception {
        try (Connection db = target.connect(); PreparedStatement query = db.prepareStatement("""
                SELECT ST_Area(ST_Intersection(g.geom, ST_Buffer(t.line::geography, 20)::geometry)::geography)
                  FROM grid g, (SELECT ST_MakeLine(ST_SetSRID(ST_MakePoint(lon, lat), 4326) ORDER BY fix_time) AS line
                                  FROM fix WHERE officer_id = ? AND fix_time >= ? AND fix_time < ?) t
                 WHERE g.id = ?""")) {
            long start = System.nanoTime();
            for (int i = 0; i < POSTGIS_SAMPLE; i++) {
                query.setLong(1, days.officers[i]);
                query.setTimestamp(2, Timestamp.from(days.from));
                query.setTimestamp(3, Timestamp.from(days.from.plusSeconds(86_400)));
                query.setLong(4, days.grids[i]);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                }
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }
}
