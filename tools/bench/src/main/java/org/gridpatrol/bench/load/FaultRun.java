package org.gridpatrol.bench.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The promise that nothing an officer uploads is lost, tested the hard way: phones
 * upload while the server is killed with {@code kill -9} and restarted, and while
 * PostgreSQL is stopped and started again. Phones keep every fix until the server
 * acknowledges it and retry; at the end every fix must be stored exactly once.
 *
 * <pre>java -cp benchmarks.jar org.gridpatrol.bench.load.FaultRun BASE_URL STATE_DIR</pre>
 * (STATE_DIR is the folder {@code server-ear/wildfly/server.sh} was started with.)
 */
public final class FaultRun {
    private static final int PHONES = 200;
    private static final int THREADS = 8;
    private static final int BATCH = 100;

    private FaultRun() {
    }

    /** A phone's unacknowledged fixes, oldest first. */
    private static final class Buffer {
        final IngestLoad.Phone phone;
        final Deque<long[]> seqs = new ArrayDeque<>();
        final Deque<String> fixes = new ArrayDeque<>();

        Buffer(IngestLoad.Phone phone) {
            this.phone = phone;
        }
    }

    public static void main(String[] args) throws Exception {
        Path state = Path.of(args[1]);
        Target target = Target.of(args[0], state.resolve("pg/db.properties"));
        String root = System.getProperty("gridpatrol.root", ".");
        IngestLoad.Phone[] phones = IngestLoad.phones(target, PHONES);
        List<Buffer> buffers = new ArrayList<>();
        for (IngestLoad.Phone phone : phones) {
            buffers.add(new Buffer(phone));
        }
        AtomicBoolean generating = new AtomicBoolean(true);
        AtomicLong generated = new AtomicLong();
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong unavailable = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong retryAfter = new AtomicLong();
        List<Thread> uploaders = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<Buffer> mine = buffers.subList(t * PHONES / THREADS, (t + 1) * PHONES / THREADS);
            Random random = new Random(t);
            Thread uploader = new Thread(() -> {
                while (generating.get() || mine.stream().anyMatch(b -> !b.fixes.isEmpty())) {
                    for (Buffer buffer : mine) {
                        if (generating.get()) {
                            for (int i = 0; i < 10; i++) {
                                buffer.fixes.add(buffer.phone.fix(random));
                                buffer.seqs.add(new long[] {buffer.phone.seq});
                                generated.incrementAndGet();
                            }
                        }
                        if (buffer.fixes.isEmpty()) {
                            continue;
                        }
                        List<String> batch = buffer.fixes.stream().limit(BATCH).toList();
                        try {
                            HttpResponse<String> answer = target.http().send(HttpRequest.newBuilder(
                                            URI.create(target.api() + "/mobile/positions"))
                                    .header("Content-Type", "application/json")
                                    .header("Authorization", "Bearer " + buffer.phone.token)
                                    .timeout(Duration.ofSeconds(20))
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"fixes\":[" + String.join(",", batch) + "]}"))
                                    .build(), HttpResponse.BodyHandlers.ofString());
                            if (answer.statusCode() == 200) {
                                String body = answer.body();
                                int at = body.indexOf("\"ackedSeq\":") + 11;
                                long acked = Long.parseLong(body.substring(at, body.indexOf(',', at)));
                                while (!buffer.seqs.isEmpty() && buffer.seqs.peek()[0] <= acked) {
                                    buffer.seqs.poll();
                                    buffer.fixes.poll();
                                    acknowledged.incrementAndGet();
                                }
                            } else {
                                (answer.statusCode() == 503 ? unavailable : refused).incrementAndGet();
                                if (answer.headers().firstValue("Retry-After").isPresent()) {
                                    retryAfter.incrementAndGet();
                                }
                                pause();
                            }
                        } catch (Exception e) {
                            refused.incrementAndGet(); // server down: keep the fixes, try later
                            pause();
                        }
                    }
                }
            });
            uploader.start();
            uploaders.add(uploader);
        }

        Thread.sleep(8_000);
        System.out.println("kill -9 of the server while phones upload");
        run(root + "/server-ear/wildfly/server.sh", "kill", "--state", state.toString());
        Thread.sleep(3_000);
        run(root + "/server-ear/wildfly/server.sh", "start", "--state", state.toString(), "--offset", System.getProperty("gridpatrol.offset", "500"));
        System.out.println("server back; PostgreSQL stopped for 8 s");
        Thread.sleep(5_000);
        run(root + "/database/pg-private.sh", "stop", "--dir", state.resolve("pg").toString());
        Thread.sleep(8_000);
        run(root + "/database/pg-private.sh", "start", "--dir", state.resolve("pg").toString());
        System.out.println("PostgreSQL back");
        Thread.sleep(8_000);
        generating.set(false);
        for (Thread uploader : uploaders) {
            uploader.join(180_000);
        }

        long lost = 0;
        long twice = 0;
        long stored = 0;
        try (Connection db = target.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT count(*), count(DISTINCT seq), coalesce(max(seq), 0) FROM fix WHERE device_id = ?")) {
            for (IngestLoad.Phone phone : phones) {
                query.setLong(1, phone.deviceId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    stored += row.getLong(1);
                    twice += row.getLong(1) - row.getLong(2);
                    lost += phone.seq - row.getLong(2);
                }
            }
        }
        System.out.printf("fixes generated %,d, acknowledged %,d, stored %,d, stored twice %d, lost %d;"
                        + " answers 503 %,d (with Retry-After %,d), other failures %,d%n",
                generated.get(), acknowledged.get(), stored, twice, lost, unavailable.get(), retryAfter.get(), refused.get());
        boolean ok = lost == 0 && twice == 0 && stored == generated.get() && acknowledged.get() == generated.get()
                && unavailable.get() > 0 && unavailable.get() == retryAfter.get();
        System.out.println(ok ? "FAULT RUN PASSED: every acknowledged fix stored once, database outage answered 503 with Retry-After"
                : "FAULT RUN FAILED");
        System.exit(ok ? 0 : 1);
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed");
        }
    }
}
