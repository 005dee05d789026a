package org.gridpatrol.bench.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Alarm latency: while phones upload in the background at a set rate, probe phones
 * send one fix from a mock-location app each; the time from sending it to the
 * {@code alarm.opened} event on the live stream is the latency a supervisor sees.
 *
 * <pre>java -cp benchmarks.jar org.gridpatrol.bench.load.AlarmLatency BASE_URL DB_PROPERTIES [fixes/s] [probes]</pre>
 */
public final class AlarmLatency {
    private AlarmLatency() {
    }

    public static void main(String[] args) throws Exception {
        Target target = Target.of(args[0], Path.of(args[1]));
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        int probes = args.length > 3 ? Integer.parseInt(args[3]) : 210;
        Results results = new Results(Path.of(System.getProperty("gridpatrol.results", "tools/bench/results")));
        IngestLoad.Phone[] load = IngestLoad.phones(target, 500);
        IngestLoad.Phone[] probe = IngestLoad.phones(target, probes);

        Map<Long, Long> sentAt = new ConcurrentHashMap<>();
        Map<Long, Long> officerOfDevice = new ConcurrentHashMap<>();
        List<Double> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        try (java.sql.Connection db = target.connect(); java.sql.PreparedStatement query =
                db.prepareStatement("SELECT officer_id FROM device WHERE id = ?")) {
            for (IngestLoad.Phone phone : probe) {
                query.setLong(1, phone.deviceId);
                try (java.sql.ResultSet row = query.executeQuery()) {
                    row.next();
                    officerOfDevice.put(phone.deviceId, row.getLong(1));
                }
            }
        }
        target.http().sendAsync(HttpRequest.newBuilder(URI.create(target.api() + "/events"))
                        .header("Accept", "text/event-stream").header("Authorization", "Bearer " + target.token())
                        .build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    String[] event = {""};
                    response.body().forEach(line -> {
                        long now = System.nanoTime();
                        if (line.startsWith("event:")) {
                            event[0] = line.substring(6).strip();
                        } else if (line.startsWith("data:") && event[0].equals("alarm.opened")) {
                            int at = line.indexOf("\"officerId\":");
                            if (at >= 0) {
                                String digits = line.substring(at + 12).replaceAll("[^0-9].*$", "");
                                Long sent = sentAt.remove(Long.parseLong(digits));
                                if (sent != null) {
                                    latencies.add((now - sent) / 1e6);
                                }
                            }
                        }
                    });
                });
        Thread.sleep(1_000);

        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicLong loaded = new AtomicLong();
        Thread background = new Thread(() -> background(target, load, rate, loading, loaded));
        background.start();
        Thread.sleep(5_000);
        long start = System.nanoTime();
        for (IngestLoad.Phone phone : probe) {
            String fix = String.format(Locale.ROOT, "{\"fixes\":[{\"seq\":1,\"time\":\"%s\",\"lon\":117.36,\"lat\":32.93,"
                    + "\"accuracy\":10,\"provider\":\"gps\",\"mock\":true}]}", Instant.now().minusSeconds(2));
            sentAt.put(officerOfDevice.get(phone.deviceId), System.nanoTime());
            target.http().sendAsync(HttpRequest.newBuilder(URI.create(target.api() + "/mobile/positions"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + phone.token)
                    .POST(HttpRequest.BodyPublishers.ofString(fix)).build(), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(200);
        }
        Thread.sleep(3_000);
        loading.set(false);
        background.join();
        double seconds = (System.nanoTime() - start) / 1e9;
        // the first probes warm the alarm and stream paths up (JIT); they are shown, not counted
        int warmUp = Math.min(10, latencies.size());
        System.out.println("warm-up probes (ms): " + latencies.subList(0, warmUp));
        double[] sorted = latencies.subList(warmUp, latencies.size()).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.println("slowest (ms): " + Arrays.toString(Arrays.copyOfRange(sorted, Math.max(0, sorted.length - 5), sorted.length)));
        System.out.printf(Locale.ROOT, "%d of %d probe alarms seen on the stream; background %,.0f fixes/s%n",
                latencies.size(), probes, loaded.get() / (seconds + 5));
        String during = String.format(Locale.ROOT, "while ingest ran at %,.0f fixes/s; %d probes after %d warm-up",
                loaded.get() / (seconds + 5), sorted.length, warmUp);
        results.put("alarm_latency_p50_ms", Results.quantile(sorted, 0.5), "ms", during, "");
        results.put("alarm_latency_p99_ms", Results.quantile(sorted, 0.99), "ms", during, "< 250 ms");
        results.write("Alarm latency", "tools/bench/run.sh latency (" + rate + " fixes/s background, " + probes + " probes)");
        System.exit(0);
    }

    /** Phones uploading batches of 100 at the asked rate, as evenly as the clock allows. */
    private static void background(Target target, IngestLoad.Phone[] phones, int rate, AtomicBoolean loading, AtomicLong loaded) {
        Random random = new Random(9);
        long interval = 1_000_000_000L * 100 / rate;
        long next = System.nanoTime();
        int i = 0;
        java.util.concurrent.Semaphore inFlight = new java.util.concurrent.Semaphore(32);
        while (loading.get()) {
            IngestLoad.Phone phone = phones[i++ % phones.length];
            String body = phone.next(100, random);
            try {
                inFlight.acquire();
            } catch (InterruptedException e) {
                return;
            }
            target.http().sendAsync(HttpRequest.newBuilder(URI.create(target.api() + "/mobile/positions"))
                            .header("Content-Type", "application/json").header("Authorization", "Bearer " + phone.token)
                            .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding())
                    .whenComplete((r, e) -> {
                        if (e == null && r.statusCode() == 200) {
                            loaded.addAndGet(100);
                        }
                        inFlight.release();
                    });
            next += interval;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                java.util.concurrent.locks.LockSupport.parkNanos(wait);
            }
        }
    }
}
