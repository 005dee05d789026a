package org.gridpatrol.simulator.report;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridpatrol.client.GridPatrolException;
import org.gridpatrol.client.ProblemAnswer;
import org.gridpatrol.client.SupervisorClient;
import org.gridpatrol.model.alarm.AlarmView;
import org.gridpatrol.simulator.misbehaviour.Episode;
import org.gridpatrol.simulator.misbehaviour.Journal;
import org.gridpatrol.simulator.misbehaviour.Kind;

/**
 * Reads the alarms the server raised during a journaled run ({@code GET /api/v1/alarms?from=&to=})
 * and prints how they compare with the injected misbehaviour: recall and precision per type and
 * overall, then the misses and the alarms nothing explains.
 *
 * <p>Left out of the comparison: alarms of officers not in the run, of other types, started before
 * the run; and the lost contact every officer gets when the run itself stops sending (it starts at
 * the run's last upload). Left out of recall: episodes of an officer off duty when they began, or
 * whose duty ended before the alarm's dwell was over (the server judges nobody off duty), episodes the end of the run cut short of their alarm's
 * dwell, and OFFLINE episodes of runs whose clock ran fast (lost contact is raised by the server's
 * clock, which an accelerated phone clock does not move).
 */
public final class AlarmReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");

    private final SupervisorClient server;
    private final ZoneId zone;
    private final PrintStream out;

    public AlarmReport(SupervisorClient server, ZoneId zone, PrintStream out) {
        this.server = server;
        this.zone = zone;
        this.out = out;
    }

    /** @return whether a report could be made */
    public boolean print(Journal.Content run, Instant nowIfUnfinished) {
        Instant start = run.run().simStart();
        Instant end = run.simEnd() != null ? run.simEnd() : nowIfUnfinished;
        List<AlarmView> raised;
        try {
            raised = server.alarms(start.minus(AlarmMatcher.SLACK), end.plus(AlarmMatcher.SLACK));
        } catch (ProblemAnswer e) {
            if (e.status() == 404) {
                out.println("alarm report unavailable: GET /api/v1/alarms answered 404 (this server has no alarm list)");
            } else {
                out.println("alarm report unavailable: GET /api/v1/alarms answered " + e.getMessage());
            }
            return false;
        } catch (GridPatrolException e) {
            out.println("alarm report unavailable: " + e.getMessage());
            return false;
        }
        Map<Long, String> badges = run.run().officers().stream()
                .collect(Collectors.toMap(Journal.Officer::officerId, Journal.Officer::badge, (a, b) -> a));
        List<AlarmMatcher.Alarm> alarms = raised.stream()
                .filter(a -> badges.containsKey(a.officerId()) && AlarmMatcher.TYPES.contains(a.type()))
                .filter(a -> a.startedAt() != null && !a.startedAt().isBefore(start.minus(AlarmMatcher.SLACK))
                        && a.startedAt().isBefore(end.plus(AlarmMatcher.SLACK)))
                .filter(a -> !("LOST_CONTACT".equals(a.type()) && !a.startedAt().isBefore(end.minusSeconds(45))))
                .map(a -> new AlarmMatcher.Alarm(a.type(), a.officerId(), a.startedAt(), a.endedAt()))
                .toList();
        Set<Episode> notExpected = notExpected(run);
        AlarmMatcher.Outcome o = AlarmMatcher.match(run.episodes(), notExpected, alarms);
        print(run, start, end, o, badges::get);
        return true;
    }

    private Set<Episode> notExpected(Journal.Content run) {
        Set<Episode> not = new HashSet<>();
        boolean fast = run.run().speed() > 1.0001;
        for (Episode e : run.episodes()) {
            if (e.cut() && !e.longEnough() || fast && e.kind() == Kind.OFFLINE) {
                not.add(e);
                continue;
            }
            try {
                if (!AlarmMatcher.seeable(e, t -> !server.officerGrids(e.officerId(), t).grids().isEmpty())) {
                    not.add(e);
                }
            } catch (GridPatrolException ignored) {
                // no answer about duty: count the episode as expected
            }
        }
        return not;
    }

    private void print(Journal.Content run, Instant start, Instant end, AlarmMatcher.Outcome o,
                       Function<Long, String> badge) {
        out.printf("%nalarm report: %s run, phone clock %s → %s (%s), %d officers, misbehaviour %.2f/officer-hour%n",
                run.run().mode(), TIME.format(start.atZone(zone)), TIME.format(end.atZone(zone)), zone,
                run.run().officers().size(), run.run().perHour());
        out.printf("%-14s %8s %8s %8s %7s   %6s %9s %7s %9s%n", "alarm type", "injected", "expected", "detected",
                "recall", "alarms", "explained", "matched", "precision");
        for (AlarmMatcher.Row r : o.rows()) {
            row(r);
        }
        row(o.overall());
        if (!o.notExpected().isEmpty()) {
            out.println("not expected to raise an alarm (officer off duty, or his duty ended within the alarm's dwell; cut "
                    + "short by the end of the run; or OFFLINE in a fast-clock run):");
            o.notExpected().forEach(e -> out.println("  " + episode(e)));
        }
        if (!o.missed().isEmpty()) {
            out.println("missed (no alarm of the type within ±" + AlarmMatcher.SLACK.toMinutes() + " min):");
            o.missed().forEach(e -> out.println("  " + episode(e)));
        }
        if (!o.unmatched().isEmpty()) {
            out.println("alarms matching nothing injected:");
            o.unmatched().forEach(a -> out.println("  " + alarm(a, badge)));
        }
        if (!o.explained().isEmpty()) {
            out.println("alarms explained by another injected episode:");
            o.explained().forEach(a -> out.println("  " + alarm(a, badge)));
        }
    }

    private void row(AlarmMatcher.Row r) {
        out.printf("%-14s %8d %8d %8d %7s   %6d %9d %7d %9s%n", r.type(), r.injected(), r.expected(), r.detected(),
                percent(r.recall()), r.alarms(), r.explained(), r.matched(), percent(r.precision()));
    }

    private String episode(Episode e) {
        return String.format("%s %-10s %s → %s (%s%s)", e.badge(), e.kind(), TIME.format(e.start().atZone(zone)),
                TIME.format(e.end().atZone(zone)), e.detail(), e.cut() ? "; cut short by the end of the run" : "");
    }

    private String alarm(AlarmMatcher.Alarm a, Function<Long, String> badge) {
        return String.format("%s %-13s %s → %s%s", badge.apply(a.officerId()), a.type(),
                TIME.format(a.startedAt().atZone(zone)),
                a.endedAt() == null ? "open" : TIME.format(a.endedAt().atZone(zone)),
                a.endedAt() == null ? "" : " (" + Duration.between(a.startedAt(), a.endedAt()).toMinutes() + " min)");
    }

    private static String percent(Double rate) {
        return rate == null ? "n/a" : String.format("%.1f%%", 100 * rate);
    }
}
