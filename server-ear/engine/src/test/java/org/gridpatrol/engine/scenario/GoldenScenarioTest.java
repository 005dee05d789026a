package org.gridpatrol.engine.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gridpatrol.engine.fix.Fix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every scenario under scenarios/ must give exactly its expected alarms. */
class GoldenScenarioTest {

    static Stream<String> scenarios() throws IOException, URISyntaxException {
        Path dir = Path.of(GoldenScenarioTest.class.getResource("/scenarios").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList().stream();
        }
    }

    @Test
    void thereAreAtLeastTwentyFiveScenarios() throws Exception {
        assertTrue(scenarios().count() >= 25);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void scenarioRaisesExactlyTheExpectedAlarms(String file) throws IOException {
        Scenario s = load(file);

        List<ScenarioRun.Alarm> actual = ScenarioRun.alarms(ScenarioRun.play(s));

        assertMatches(s, actual);
        if (honestClock(s)) {
            // The guarantee behind batching, on curated tracks: one fix per upload changes nothing.
            List<ScenarioRun.Alarm> oneByOne = ScenarioRun.alarms(ScenarioRun.playFixByFix(s));
            assertEquals(actual, oneByOne, "uploaded fix by fix");
        }
    }

    private static Scenario load(String file) throws IOException {
        try (InputStream in = GoldenScenarioTest.class.getResourceAsStream("/scenarios/" + file)) {
            return ScenarioJson.read(in);
        }
    }

    /** Device time follows the device's sequence numbers; clock-change scenarios legitimately differ. */
    private static boolean honestClock(Scenario s) {
        List<Fix> bySeq = s.uploads().stream().flatMap(u -> u.fixes().stream())
                .sorted(Comparator.comparingLong(Fix::seq)).toList();
        for (int i = 1; i < bySeq.size(); i++) {
            if (bySeq.get(i).time().isBefore(bySeq.get(i - 1).time())) {
                return false;
            }
        }
        return true;
    }

    private static void assertMatches(Scenario s, List<ScenarioRun.Alarm> actual) {
        Duration tolerance = Duration.ofSeconds(s.expected().toleranceSeconds());
        List<ScenarioRun.Alarm> unmatched = new ArrayList<>(actual);
        for (Scenario.ExpectedAlarm e : s.expected().alarms()) {
            ScenarioRun.Alarm match = unmatched.stream()
                    .filter(a -> a.type() == e.type() && near(e.start(), a.start(), tolerance)
                            && (e.end() == null ? a.end() == null : near(e.end(), a.end(), tolerance))
                            && a.late() == e.late() && (e.cause() == null || e.cause().equals(a.cause())))
                    .findFirst().orElse(null);
            if (match == null) {
                fail("expected " + e + " within " + tolerance.toSeconds() + " s, got " + actual);
            }
            unmatched.remove(match);
        }
        if (!unmatched.isEmpty()) {
            fail("unexpected alarms " + unmatched + " (all: " + actual + ")");
        }
    }

    private static boolean near(Instant expected, Instant actual, Duration tolerance) {
        return actual != null && Duration.between(expected, actual).abs().compareTo(tolerance) <= 0;
    }
}
