package org.gridpatrol.bench.load;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Ingest load run: N simulated phones upload batches of fixes over HTTP as fast as
 * the server takes them; then the same number of fixes is loaded by a raw
 * {@code COPY} into the same table, the baseline of the same run. The warm-up (default 5 s) is
 * a parameter: a longer one lets the server's JIT finish the ingest path, but also leaves more rows
 * in the table, which slows the {@code COPY} baseline that follows — compare ratios only at the same warm-up.
 * Like the baseline's text, the measured run's request bodies are built before its clock starts, and each
 * in-flight request is a thread on a kept-alive socket: the phones' side takes little of the two cores.
 *
 * <pre>java -cp benchmarks.jar org.gridpatrol.bench.load.IngestLoad BASE_URL DB_PROPERTIES [devices] [batch] [seconds] [in-flight] [warm-up seconds]</pre>
 */
public final class IngestLoad {
    private static final double LON = 117.36;
    private static final double LAT = 32.93;
    /** Batches are built ahead of the measured run for this many fixes a second; faster runs build the rest on the go. */
    private static final int PREPARED_RATE = 60_000;

    private IngestLoad() {
    }

    public static void main(String[] args) throws Exception {
        Target target = Target.of(args[0], Path.of(args[1]));
        int devices = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        int inFlight = args.length > 5 ? Integer.parseInt(args[5]) : 16;
        int warmUp = args.length > 6 ? Integer.parseInt(args[6]) : 5;
        Results results = new Results(Path.of(System.getProperty("gridpatrol.results", "tools/bench/results")));

        Phone[] phones = phones(target, devices);
        System.out.printf("%d phones signed in; warming up %d s, then %d s of load, %d requests in flight%n",
                devices, warmUp, seconds, inFlight);
        run(target, phones, batch, Duration.ofSeconds(warmUp), inFlight, null);
        prepare(target, phones, batch, seconds);
        double[] latencies = new double[1 << 20];
        Run measured = run(target, phones, batch, Duration.ofSeconds(seconds), inFlight, latencies);
        double[] sorted = Arrays.copyOf(latencies, (int) measured.requests());
        Arrays.sort(sorted);
        double rate = measured.fixes() / measured.seconds();

        long bytesPerFix;
        long copyRows;
        double copyRate;
        try (Connection db = target.connect()) {
            bytesPerFix = bytesPerFix(db);
            copyRows = Math.max(measured.fixes(), 100_000);
            copyRate = copy(db, phones, copyRows);
        }
        results.put("ingest_fixes_per_s", rate, "fixes/s", "", "≥ 20,000");
        results.put("ingest_vs_copy_ratio", rate / copyRate, "×",
                String.format(Locale.ROOT, "raw COPY of %,d fixes into fix: %,.0f fixes/s", copyRows, copyRate), "≥ 0.3");
        results.put("ingest_p50_ms", Results.quantile(sorted, 0.50), "ms", "", "");
        results.put("ingest_p99_ms", Results.quantile(sorted, 0.99), "ms", "", "");
        results.put("bytes_per_fix", bytesPerFix, "bytes", "fix partitions + fix_seq, with indexes", "report");
        System.out.printf(Locale.ROOT, "%,d requests, %,d fixes stored, %d errors%n", measured.requests(), measured.fixes(), measured.errors());
        results.write("Ingest load", "tools/bench/run.sh ingest (" + devices + " phones, batches of " + batch + ", "
                + seconds + " s after " + warmUp + " s of warm-up, " + inFlight + " in flight)");
    }

    /** One simulated phone: its token, its seq and where it walks. */
    static final class Phone {
        final long deviceId;
        final String token;
        long seq;
        double lon;
        double lat;
        /** The phone's clock: each fix is 5 s after the last. */
        Instant clock;

        Phone(long deviceId, String token, double lon, double lat, Instant clock) {
            this.deviceId = deviceId;
            this.token = token;
            this.lon = lon;
            this.lat = lat;
            this.clock = clock;
        }

        /** Batches built ahead, oldest first. */
        private final ArrayDeque<KeepAliveConnection.Request> prepared = new ArrayDeque<>();

        /** Builds the next {@code count} batches now. */
        synchronized void prepare(int count, URI uri, int size, Random random) {
            for (int i = 0; i < count; i++) {
                prepared.add(KeepAliveConnection.Request.post(uri, token, next(size, random).getBytes(StandardCharsets.UTF_8)));
            }
        }

        /** The next batch: one built ahead if any is left, else a new one. */
        synchronized KeepAliveConnection.Request nextRequest(URI uri, int size, Random random) {
            KeepAliveConnection.Request ready = prepared.poll();
            return ready != null ? ready
                    : KeepAliveConnection.Request.post(uri, token, next(size, random).getBytes(StandardCharsets.UTF_8));
        }

        /** The next batch, walking at about 1.3 m/s with GPS noise, one fix per 5 s of phone time. */
        synchronized String next(int size, Random random) {
            // plain appends: the load generator shares the two cores with the server it measures
            StringBuilder json = new StringBuilder(size * 150).append("{\"fixes\":[");
            for (int i = 0; i < size; i++) {
                json.append(i == 0 ? "" : ",").append(fix(random));
            }
            return json.append("]}").toString();
        }

        /** The next fix as JSON; its seq is {@link #seq} afterwards. */
        synchronized String fix(Random random) {
            seq++;
            clock = clock.plusSeconds(5);
            lon += (random.nextDouble() - 0.5) * 0.00012;
            lat += (random.nextDouble() - 0.5) * 0.0001;
            return new StringBuilder(150).append("{\"seq\":").append(seq)
                    .append(",\"time\":\"").append(clock)
                    .append("\",\"lon\":").append(round7(lon + random.nextGaussian() * 0.00005))
                    .append(",\"lat\":").append(round7(lat + random.nextGaussian() * 0.00005))
                    .append(",\"accuracy\":").append(5 + random.nextInt(25))
                    .append(",\"speed\":1.3,\"provider\":\"gps\"}").toString();
        }

        private static double round7(double degrees) {
            return Math.round(degrees * 1e7) / 1e7;
        }
    }

    record Run(long requests, long fixes, long errors, double seconds) {
    }

    private static Run run(Target target, Phone[] phones, int batch, Duration length, int inFlight, double[] latencies)
            throws InterruptedException {
        URI uri = URI.create(target.api() + "/mobile/positions");
        AtomicLong requests = new AtomicLong();
        AtomicLong fixes = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long start = System.nanoTime();
        long end = start + length.toNanos();
        Thread[] workers = new Thread[inFlight];
        for (int w = 0; w < inFlight; w++) {
            Random random = new Random(42 + w); // only for batches not prepared ahead
            workers[w] = new Thread(() -> {
                try (KeepAliveConnection http = new KeepAliveConnection(uri)) {
                    while (System.nanoTime() < end) {
                        Phone phone = phones[Math.floorMod(next.getAndIncrement(), phones.length)];
                        KeepAliveConnection.Request request = phone.nextRequest(uri, batch, random);
                        long sent = System.nanoTime();
                        String failure;
                        try {
                            KeepAliveConnection.Answer answer = http.send(request);
                            failure = answer.status() == 200 ? null : answer.status() + " " + answer.body();
                            if (failure == null) {
                                int at = answer.body().indexOf("\"stored\":");
                                fixes.addAndGet(Long.parseLong(answer.body().substring(at + 9, answer.body().indexOf(',', at))));
                            }
                        } catch (IOException e) {
                            failure = e.toString();
                        }
                        long n = requests.getAndIncrement();
                        if (latencies != null && n < latencies.length) {
                            latencies[(int) n] = (System.nanoTime() - sent) / 1e6;
                        }
                        if (failure != null) {
                            errors.incrementAndGet();
                            if (failures.size() < 3) {
                                failures.add(failure);
                            }
                        }
                    }
                }
            }, "phone-" + w);
            workers[w].start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        failures.forEach(f -> System.out.println("failed request: " + f));
        return new Run(Math.min(requests.get(), latencies == null ? requests.get() : latencies.length), fixes.get(),
                errors.get(), seconds);
    }

    /**
     * Builds each phone's batches for the measured run before its clock starts, as the COPY
     * baseline builds its text before its clock starts: enough for {@link #PREPARED_RATE} fixes/s.
     */
    private static void prepare(Target target, Phone[] phones, int batch, int seconds) {
        long began = System.nanoTime();
        URI uri = URI.create(target.api() + "/mobile/positions");
        int perPhone = (int) Math.ceil((double) PREPARED_RATE * seconds / batch / phones.length);
        Random random = new Random(42);
        for (Phone phone : phones) {
            phone.prepare(perPhone, uri, batch, random);
        }
        System.out.printf(Locale.ROOT, "prepared %,d batches (%d a phone) in %.1f s%n", (long) perPhone * phones.length,
                perPhone, (System.nanoTime() - began) / 1e9);
    }

    /** Officers, accounts, phones and access tokens made directly in the database: the run measures ingest, not sign-in. */
    static Phone[] phones(Target target, int count) throws Exception {
        String tag = Long.toString(System.currentTimeMillis(), 36);
        Phone[] phones = new Phone[count];
        Random random = new Random(7);
        Instant clock = Instant.now().minus(Duration.ofDays(1));
        try (Connection db = target.connect()) {
            db.setAutoCommit(false);
            long squad;
            try (Statement st = db.createStatement();
                 ResultSet row = st.executeQuery("WITH b AS (INSERT INTO org_unit (kind, name, code) VALUES ('BUREAU', 'bench', 'BENCH-B-"
                         + tag + "') RETURNING id) INSERT INTO org_unit (parent_id, kind, name, code) SELECT id, 'SQUAD', 'bench', 'BENCH-S-"
                         + tag + "' FROM b RETURNING id")) {
                row.next();
                squad = row.getLong(1);
            }
            try (PreparedStatement officer = db.prepareStatement("""
                    WITH u AS (INSERT INTO app_user (username, display_name, password_hash, org_unit_id) VALUES (?, ?, 'none', ?) RETURNING id),
                         o AS (INSERT INTO officer (badge_no, name, squad_id, user_id) SELECT ?, ?, ?, id FROM u RETURNING id, user_id),
                         d AS (INSERT INTO device (device_uid, officer_id) SELECT ?, id FROM o RETURNING id)
                    INSERT INTO auth_token (token_hash, user_id, device_id, kind, expires_at)
                    SELECT ?, o.user_id, d.id, 'ACCESS', now() + interval '1 day' FROM o, d RETURNING device_id""")) {
                for (int i = 0; i < count; i++) {
                    String token = "bench-" + tag + "-" + i + "-" + random.nextLong();
                    officer.setString(1, "bench" + tag + i);
                    officer.setString(2, "bench " + i);
                    officer.setLong(3, squad);
                    officer.setString(4, "BENCH" + tag + i);
                    officer.setString(5, "bench " + i);
                    officer.setLong(6, squad);
                    officer.setString(7, "bench-" + tag + "-" + i);
                    officer.setString(8, sha256(token));
                    try (ResultSet row = officer.executeQuery()) {
                        row.next();
                        phones[i] = new Phone(row.getLong(1), token, LON + random.nextDouble() * 0.1, LAT + random.nextDouble() * 0.1, clock);
                    }
                }
            }
            db.commit();
        }
        return phones;
    }

    private static long bytesPerFix(Connection db) throws Exception {
        try (Statement st = db.createStatement();
             ResultSet row = st.executeQuery("""
                     SELECT (SELECT coalesce(sum(pg_total_relation_size(inhrelid)), 0) FROM pg_inherits WHERE inhparent = 'fix'::regclass)
                            + pg_total_relation_size('fix_seq'), (SELECT count(*) FROM fix)""")) {
            row.next();
            return row.getLong(2) == 0 ? 0 : row.getLong(1) / row.getLong(2);
        }
    }

    /** COPY of the same kind of fixes into the same table, as fast as PostgreSQL takes them. */
    private static double copy(Connection db, Phone[] phones, long rows) throws Exception {
        Random random = new Random(3);
        StringBuilder text = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, rows * 120));
        Instant clock = Instant.now().minus(Duration.ofHours(20));
        for (long i = 0; i < rows; i++) {
            Phone phone = phones[(int) (i % phones.length)];
            text.append(phone.deviceId).append('\t').append(phone.deviceId).append('\t').append(10_000_000L + i).append('\t')
                    .append(clock.plusMillis(i)).append('\t').append(clock).append('\t')
                    .append(String.format(Locale.ROOT, "%.7f\t%.7f", LON + random.nextDouble() * 0.1, LAT + random.nextDouble() * 0.1))
                    .append("\t12\t1.3\t\\N\t\\N\tgps\tf\tWGS84\n");
        }
        CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
        long start = System.nanoTime();
        copy.copyIn("COPY fix (device_id, officer_id, seq, fix_time, received_at, lon, lat, accuracy_m, speed_mps, "
                + "bearing_deg, altitude_m, provider, mock, source_crs) FROM STDIN", new StringReader(text.toString()));
        return rows / ((System.nanoTime() - start) / 1e9);
    }

    static String sha256(String token) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
