package org.gridpatrol.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Plays a golden scenario's uploads through {@code POST /mobile/positions} and reads the officer's
 * alarms back through {@code GET /alarms}, in the scenario's own terms (its times and types).
 */
final class ScenarioPlayback {
    private static final String BASE = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";
    /** The alarms the engine raises from fixes; the server's timers and attendance add others. */
    private static final Set<String> ENGINE_TYPES = Set.of("CROSS_ZONE", "OFF_POST", "STILL", "FAKE_LOCATION");

    /** How the uploads are cut before they are sent. */
    enum Cut {
        /** as the phone sent them */
        RECORDED,
        /** each upload's fixes in a random order */
        SHUFFLED,
        /** two uploads at a time as one batch, in a random order */
        MERGED
    }

    /** One alarm in scenario time. */
    record Alarm(String type, Instant start, Instant end) {
    }

    private ScenarioPlayback() {
    }

    static void play(JsonNode scenario, ScenarioWorld world, double lonShift, Duration timeShift, Cut cut) {
        List<List<JsonNode>> batches = new ArrayList<>();
        List<Instant> due = new ArrayList<>();
        for (JsonNode upload : scenario.path("uploads")) {
            Instant received = Instant.parse(upload.path("receivedAt").asText()).plus(timeShift);
            List<JsonNode> fixes = new ArrayList<>();
            for (JsonNode f : upload.path("fixes")) {
                ObjectNode moved = f.deepCopy();
                moved.put("time", Instant.parse(f.path("time").asText()).plus(timeShift).toString());
                moved.put("lon", f.path("lon").asDouble() + lonShift);
                fixes.add(moved);
            }
            if (cut == Cut.MERGED && batches.size() % 2 == 1 && batches.get(batches.size() - 1).size() + fixes.size() <= 1000) {
                batches.get(batches.size() - 1).addAll(fixes);
                due.set(due.size() - 1, received);
            } else {
                batches.add(fixes);
                due.add(received);
            }
        }
        Random random = new Random(scenario.path("name").asText().hashCode());
        for (int b = 0; b < batches.size(); b++) {
            List<JsonNode> batch = batches.get(b);
            holdUntil(due.get(b));
            if (cut != Cut.RECORDED) {
                Collections.shuffle(batch, random);
            }
            ArrayNode fixes = Api.JSON.createArrayNode().addAll(batch);
            Api.Answer answer = Api.send(HttpRequest.newBuilder(URI.create(BASE + "/mobile/positions"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + world.token())
                    .POST(HttpRequest.BodyPublishers.ofString("{\"fixes\":" + fixes + "}")));
            if (answer.status() != 200) {
                throw new IllegalStateException("upload refused: " + answer.raw().body());
            }
        }
    }

    /**
     * An upload due within the next half minute waits for its time: the server dates clock
     * evidence by its own clock. Uploads due later go at once (past them, timing changes nothing
     * the scenarios check).
     */
    private static void holdUntil(Instant due) {
        Duration wait = Duration.between(Instant.now(), due);
        if (!wait.isNegative() && wait.compareTo(Duration.ofSeconds(30)) <= 0) {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while holding an upload", e);
            }
        }
    }

    /** The engine's alarms of the officer, moved back into the scenario's time. */
    static List<Alarm> alarms(ScenarioWorld world, Duration timeShift) {
        Api.Answer answer = Api.get("/alarms?officer=" + world.officer().id() + "&limit=1000");
        if (answer.status() != 200) {
            throw new IllegalStateException("alarms unreadable: " + answer.raw().body());
        }
        List<Alarm> alarms = new ArrayList<>();
        for (JsonNode a : answer.body()) {
            if (ENGINE_TYPES.contains(a.path("type").asText())) {
                alarms.add(new Alarm(a.path("type").asText(), Instant.parse(a.path("startedAt").asText()).minus(timeShift),
                        a.hasNonNull("endedAt") ? Instant.parse(a.path("endedAt").asText()).minus(timeShift) : null));
            }
        }
        return alarms;
    }

    /** Null when the alarms are the expected ones within the scenario's tolerance, else what differs. */
    static String mismatch(JsonNode scenario, List<Alarm> actual) {
        JsonNode expected = scenario.path("expected");
        Duration tolerance = Duration.ofSeconds(expected.path("toleranceSeconds").asLong());
        List<Alarm> unmatched = new ArrayList<>(actual);
        for (JsonNode e : expected.path("alarms")) {
            Instant start = Instant.parse(e.path("start").asText());
            Instant end = e.hasNonNull("end") ? Instant.parse(e.path("end").asText()) : null;
            Alarm match = unmatched.stream().filter(a -> a.type().equals(e.path("type").asText())
                    && near(start, a.start(), tolerance) && (end == null ? a.end() == null : near(end, a.end(), tolerance)))
                    .findFirst().orElse(null);
            if (match == null) {
                return "expected " + e + " within " + tolerance.toSeconds() + " s, got " + actual;
            }
            unmatched.remove(match);
        }
        return unmatched.isEmpty() ? null : "unexpected " + unmatched + " (all: " + actual + ")";
    }

    private static boolean near(Instant expected, Instant actual, Duration tolerance) {
        return actual != null && Duration.between(expected, actual).abs().compareTo(tolerance) <= 0;
    }
}
