package org.gridpatrol.simulator.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.gridpatrol.simulator.misbehaviour.Episode;
import org.gridpatrol.simulator.misbehaviour.Kind;

/**
 * Compares what was injected with what the server raised. An episode and an alarm match when
 * they concern the same officer, the alarm is of the episode's type (CROSS_ZONE, OFF_POST, STILL;
 * MOCK and TELEPORT → FAKE_LOCATION; OFFLINE → LOST_CONTACT) and the alarm's interval overlaps the
 * episode's widened by {@link #SLACK} on both sides (an open alarm lasts until further notice).
 *
 * <p>Recall of a type: matched episodes / episodes expected to raise one (those the caller says
 * could not — the officer was off duty, or the run cannot show it — are left out). Precision:
 * alarms matching an episode / alarms, not counting alarms explained by another injected episode
 * of the same officer (an officer off post walks through other grids, one deep in a neighbour grid
 * is also away from his own: such an alarm is right, but was not what was scripted).
 */
public final class AlarmMatcher {

    /** How far apart an alarm and an episode may lie and still match. */
    public static final Duration SLACK = Duration.ofMinutes(2);
    /** Alarm types in the order of the report. */
    public static final List<String> TYPES = List.of("CROSS_ZONE", "OFF_POST", "STILL", "FAKE_LOCATION", "LOST_CONTACT");
    /** Which kinds of episode may raise which other alarm types on the side. */
    private static final Map<String, Set<Kind>> SIDE_EFFECTS = Map.of("CROSS_ZONE", Set.of(Kind.OFF_POST),
            "OFF_POST", Set.of(Kind.CROSS_ZONE));

    /** An alarm as compared here. */
    public record Alarm(String type, long officerId, Instant startedAt, Instant endedAt) {
    }

    /** One line of the report; null rates when there is nothing to divide by. */
    public record Row(String type, int injected, int expected, int detected, int alarms, int explained, int matched) {
        public Double recall() {
            return expected == 0 ? null : (double) detected / expected;
        }

        public Double precision() {
            int judged = alarms - explained;
            return judged == 0 ? null : (double) matched / judged;
        }
    }

    /** The comparison: a row per type, the total, and the cases to look at. */
    public record Outcome(List<Row> rows, Row overall, List<Episode> missed, List<Alarm> unmatched,
                          List<Alarm> explained, List<Episode> notExpected) {
    }

    private AlarmMatcher() {
    }

    /**
     * @param episodes    what was injected
     * @param notExpected those of them the server could not be expected to raise an alarm for
     * @param alarms      what the server raised for the simulated officers during the run
     */
    public static Outcome match(List<Episode> episodes, Set<Episode> notExpected, List<Alarm> alarms) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        TYPES.forEach(t -> counts.put(t, new int[6]));
        List<Episode> missed = new ArrayList<>();
        List<Alarm> unmatched = new ArrayList<>();
        List<Alarm> explained = new ArrayList<>();
        for (Episode e : episodes) {
            int[] c = counts.get(e.kind().alarmType());
            c[0]++;
            if (!notExpected.contains(e)) {
                c[1]++;
                if (alarms.stream().anyMatch(a -> matches(e, a))) {
                    c[2]++;
                } else {
                    missed.add(e);
                }
            }
        }
        for (Alarm a : alarms) {
            int[] c = counts.computeIfAbsent(a.type(), t -> new int[6]);
            c[3]++;
            if (episodes.stream().anyMatch(e -> matches(e, a))) {
                c[5]++;
            } else if (episodes.stream().anyMatch(e -> explains(e, a))) {
                c[4]++;
                explained.add(a);
            } else {
                unmatched.add(a);
            }
        }
        List<Row> rows = new ArrayList<>();
        int[] total = new int[6];
        counts.forEach((type, c) -> {
            rows.add(new Row(type, c[0], c[1], c[2], c[3], c[4], c[5]));
            for (int i = 0; i < 6; i++) {
                total[i] += c[i];
            }
        });
        return new Outcome(rows, new Row("overall", total[0], total[1], total[2], total[3], total[4], total[5]),
                missed, unmatched, explained, episodes.stream().filter(notExpected::contains).toList());
    }

    /**
     * Whether the server can see an episode: the officer was on duty when it began and still when
     * its alarm's dwell was over (a 35-minute still that begins at 16:40 ends no alarm-worthy 30
     * minutes inside a shift ending at 17:00, and rules are judged only on duty).
     *
     * @param onDuty whether the server has the officer on duty at an instant
     */
    public static boolean seeable(Episode e, Predicate<Instant> onDuty) {
        return onDuty.test(e.start()) && onDuty.test(e.start().plus(e.kind().needs()));
    }

    static boolean matches(Episode e, Alarm a) {
        return e.officerId() == a.officerId() && e.kind().alarmType().equals(a.type()) && overlaps(e, a);
    }

    private static boolean explains(Episode e, Alarm a) {
        return e.officerId() == a.officerId() && SIDE_EFFECTS.getOrDefault(a.type(), Set.of()).contains(e.kind())
                && overlaps(e, a);
    }

    private static boolean overlaps(Episode e, Alarm a) {
        Instant from = e.start().minus(SLACK);
        Instant to = e.end().plus(SLACK);
        return !a.startedAt().isAfter(to) && (a.endedAt() == null || !a.endedAt().isBefore(from));
    }
}
