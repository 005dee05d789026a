package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The engine's golden scenarios (server-ear/engine/src/test/resources/scenarios) played through the
 * real mobile API: each scenario's world is built in the database and the API, its uploads are
 * sent as recorded, shuffled or merged, and the officer's alarms read back must be the expected
 * ones. Scenario time is moved to just before now, since the server judges against its own clock;
 * a scenario whose phone clock runs ahead is moved so that its first upload from the future is due
 * a few seconds after its world is built, and that upload is sent when it is due.
 */
@ExtendWith(ArquillianExtension.class)
class GoldenScenarioIT {

    /** Scenarios HTTP cannot play, and why. */
    static final Map<String, String> CANNOT_RUN = Map.of();
    /** Fixes this far ahead of their upload's arrival are evidence against the device clock (the engine's default). */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /**
     * The server ticks the engine once a minute (AlarmHost.closeEndedDuties), and a tick ends a duty only
     * once the phone has been silent for a minute: scenarios with ticks wait for such a tick.
     */
    private static final Duration TICK_WAIT = Duration.ofSeconds(150);

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    static List<String> scenarios() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenScenarioIT.class.getResource("/scenarios").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void everyGoldenScenarioGivesItsAlarmsThroughHttp() throws Exception {
        List<String> files = scenarios();
        Map<String, String> failures = new LinkedHashMap<>();
        int passed = 0;
        // west of every other test's places (District's start at 100° E), a fifth of a degree apart
        double base = -27.0 - (System.nanoTime() % 100) * 0.01;
        for (int i = 0; i < files.size(); i++) {
            JsonNode s = load(files.get(i));
            String name = s.path("name").asText();
            ScenarioPlayback.Cut cut = honestClock(s) && firstUploadFromTheFuture(s) == null
                    ? ScenarioPlayback.Cut.values()[i % 3] : ScenarioPlayback.Cut.RECORDED;
            double lonShift = base + i * 0.2;
            Duration timeShift = timeShift(s);
            ScenarioWorld world = ScenarioWorld.build(s, lonShift, timeShift);
            ScenarioPlayback.play(s, world, lonShift, timeShift, cut);
            String mismatch = ScenarioPlayback.mismatch(s, ScenarioPlayback.alarms(world, timeShift));
            Instant waitUntil = Instant.now().plus(s.path("ticks").isEmpty() ? Duration.ZERO : TICK_WAIT);
            while (mismatch != null && Instant.now().isBefore(waitUntil)) {
                Thread.sleep(5000);
                mismatch = ScenarioPlayback.mismatch(s, ScenarioPlayback.alarms(world, timeShift));
            }
            System.out.printf("golden scenario %-36s %-9s %s%n", name, cut, mismatch == null ? "ok" : "FAILED " + mismatch);
            if (mismatch == null) {
                passed++;
            } else if (!CANNOT_RUN.containsKey(name)) {
                failures.put(name, mismatch);
            }
        }
        System.out.printf("golden scenarios through HTTP: %d of %d passed; not playable: %s%n", passed, files.size(),
                CANNOT_RUN);
        assertEquals(Map.of(), failures);
        assertTrue(passed >= 25, passed + " passed");
    }

    /**
     * Moves the scenario so that its last upload (or its last clock tick, which the server's own
     * minute timer stands in for) was a minute ago: its days fall in the server's duty plan.
     */
    private static Duration timeShift(JsonNode s) {
        Instant ahead = firstUploadFromTheFuture(s);
        if (ahead != null) {
            // its alarm is dated by the server's clock when that upload arrives: it is due shortly
            return Duration.between(ahead, Instant.now().plusSeconds(20)).truncatedTo(ChronoUnit.SECONDS);
        }
        Instant last = Instant.MIN;
        List<JsonNode> times = new ArrayList<>();
        s.path("uploads").forEach(u -> times.add(u.path("receivedAt")));
        s.path("ticks").forEach(times::add);
        for (JsonNode t : times) {
            Instant time = Instant.parse(t.asText());
            last = time.isAfter(last) ? time : last;
        }
        Instant target = Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.MINUTES);
        return Duration.between(last, target).truncatedTo(ChronoUnit.MINUTES);
    }

    /** The arrival of the first upload holding a fix dated well ahead of it, or null. */
    private static Instant firstUploadFromTheFuture(JsonNode s) {
        for (JsonNode u : s.path("uploads")) {
            Instant received = Instant.parse(u.path("receivedAt").asText());
            for (JsonNode f : u.path("fixes")) {
                if (Instant.parse(f.path("time").asText()).isAfter(received.plus(CLOCK_SKEW))) {
                    return received;
                }
            }
        }
        return null;
    }

    /** Device time follows the sequence numbers; scenarios of clock changes are sent as recorded. */
    private static boolean honestClock(JsonNode s) {
        List<JsonNode> fixes = new ArrayList<>();
        s.path("uploads").forEach(u -> u.path("fixes").forEach(fixes::add));
        fixes.sort(Comparator.comparingLong(f -> f.path("seq").asLong()));
        for (int i = 1; i < fixes.size(); i++) {
            if (fixes.get(i).path("time").asText().compareTo(fixes.get(i - 1).path("time").asText()) < 0) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode load(String file) throws IOException {
        try (InputStream in = GoldenScenarioIT.class.getResourceAsStream("/scenarios/" + file)) {
            return Api.JSON.readTree(in);
        }
    }
}
