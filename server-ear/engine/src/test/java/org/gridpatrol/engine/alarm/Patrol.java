package org.gridpatrol.engine.alarm;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.testkit.Plane;
import org.gridpatrol.engine.zone.GridIndex;
import org.locationtech.jts.geom.Envelope;

/**
 * The rule tests' world: four 600 m grids in a square (101 own, 102 east, 103 north, 104
 * north-east), open ground west of x = 0, and officer 7 on duty all day, fed live.
 */
final class Patrol {

    static final long OFFICER = 7;
    static final Instant T0 = Instant.parse("2025-03-03T01:00:00Z");

    final GridIndex grids = GridIndex.covering(
            new Envelope(Plane.lon(-3000), Plane.lon(3000), Plane.lat(-3000), Plane.lat(3000)), 20);
    final AlarmEngine engine = new AlarmEngine(grids);
    final List<AlarmEvent> events = new ArrayList<>();

    Patrol() {
        grids.put(Plane.rectangleGrid(101, 0, 0, 600, 600));
        grids.put(Plane.rectangleGrid(102, 600, 0, 1200, 600));
        grids.put(Plane.rectangleGrid(103, 0, 600, 600, 1200));
        grids.put(Plane.rectangleGrid(104, 600, 600, 1200, 1200));
        assign(Set.of(101L), DutyCalendar.ALWAYS, AlarmThresholds.DEFAULTS);
    }

    Patrol assign(Set<Long> own, DutyCalendar duty, AlarmThresholds thresholds) {
        engine.assign(new Assignment(OFFICER, own, duty, thresholds));
        return this;
    }

    Patrol assign(Set<Long> own, DutyCalendar duty, ThresholdSchedule rules) {
        engine.assign(new Assignment(OFFICER, own, duty, rules));
        return this;
    }

    /** Feeds fixes one by one as if each arrived a few seconds after it was taken. */
    Patrol live(List<Fix> fixes) {
        for (Fix f : fixes) {
            events.addAll(engine.accept(OFFICER, f, f.time().plusSeconds(3)));
        }
        return this;
    }

    Patrol upload(List<Fix> fixes, Instant receivedAt) {
        events.addAll(engine.acceptBatch(OFFICER, fixes, receivedAt));
        return this;
    }

    Patrol tick(Instant now) {
        events.addAll(engine.tick(now));
        return this;
    }

    List<AlarmEvent> opened(AlarmType type) {
        return events.stream().filter(e -> e.type() == type && e.isOpen()).toList();
    }

    List<AlarmEvent> closed(AlarmType type) {
        return events.stream().filter(e -> e.type() == type && !e.isOpen()).toList();
    }

    static Instant at(Duration sinceStart) {
        return T0.plus(sinceStart);
    }

    static Duration minutes(long m) {
        return Duration.ofMinutes(m);
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }

    /** True when the instants are at most the tolerance apart. */
    static boolean near(Instant expected, Instant actual, Duration tolerance) {
        return actual != null && Duration.between(expected, actual).abs().compareTo(tolerance) <= 0;
    }
}
