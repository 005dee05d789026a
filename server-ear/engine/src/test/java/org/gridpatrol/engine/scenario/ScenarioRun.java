package org.gridpatrol.engine.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.gridpatrol.engine.alarm.AlarmEngine;
import org.gridpatrol.engine.alarm.AlarmEvent;
import org.gridpatrol.engine.alarm.AlarmThresholds;
import org.gridpatrol.engine.alarm.AlarmType;
import org.gridpatrol.engine.alarm.Assignment;
import org.gridpatrol.engine.alarm.DutyCalendar;
import org.gridpatrol.engine.alarm.DutyWindows;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.zone.GridIndex;

/** Plays a scenario through a fresh engine, the way the services will: uploads and ticks in server-time order. */
final class ScenarioRun {

    /** An alarm assembled from its OPEN and (if any) CLOSE events. */
    record Alarm(AlarmType type, Instant start, Instant end, boolean late, String cause) {
    }

    private ScenarioRun() {
    }

    /** Plays the uploads as the server received them. */
    static List<AlarmEvent> play(Scenario s) {
        return play(s, s.uploads());
    }

    /** Plays the same fixes one per upload, each with the receive time of the upload it came in. */
    static List<AlarmEvent> playFixByFix(Scenario s) {
        List<Scenario.Upload> single = new ArrayList<>();
        for (Scenario.Upload u : s.uploads()) {
            u.fixes().stream().sorted(Fix.TIME_ORDER)
                    .forEach(f -> single.add(new Scenario.Upload(u.receivedAt(), List.of(f))));
        }
        return play(s, single);
    }

    private static List<AlarmEvent> play(Scenario s, List<Scenario.Upload> uploads) {
        GridIndex grids = GridIndex.of(s.grids());
        AlarmEngine engine = new AlarmEngine(grids);
        long officer = s.officer().id();
        DutyCalendar duty = s.officer().duty().isEmpty() ? DutyCalendar.ALWAYS : new DutyWindows(s.officer().duty());
        engine.assign(new Assignment(officer, new HashSet<>(s.officer().ownGrids()), duty, thresholds(s.thresholds())));
        List<AlarmEvent> events = new ArrayList<>();
        int u = 0;
        int t = 0;
        // A tick at the same instant as an upload comes after it.
        while (u < uploads.size() || t < s.ticks().size()) {
            boolean upload = t >= s.ticks().size()
                    || u < uploads.size() && !uploads.get(u).receivedAt().isAfter(s.ticks().get(t));
            if (upload) {
                Scenario.Upload next = uploads.get(u++);
                events.addAll(engine.acceptBatch(officer, next.fixes(), next.receivedAt()));
            } else {
                events.addAll(engine.tick(officer, s.ticks().get(t++)));
            }
        }
        return events;
    }

    /** Pairs OPEN and CLOSE events; fails when a CLOSE has no OPEN or an alarm opens twice. */
    static List<Alarm> alarms(List<AlarmEvent> events) {
        List<Alarm> alarms = new ArrayList<>();
        for (AlarmEvent e : events) {
            int open = -1;
            for (int i = 0; i < alarms.size(); i++) {
                Alarm a = alarms.get(i);
                if (a.type() == e.type() && a.start().equals(e.start()) && a.end() == null) {
                    open = i;
                }
            }
            if (e.isOpen()) {
                if (open >= 0) {
                    throw new AssertionError("alarm opened twice: " + e);
                }
                alarms.add(new Alarm(e.type(), e.start(), null, e.late(), e.cause()));
            } else {
                if (open < 0) {
                    throw new AssertionError("close without open: " + e);
                }
                Alarm a = alarms.get(open);
                alarms.set(open, new Alarm(a.type(), a.start(), e.end(), a.late(), a.cause()));
            }
        }
        return alarms;
    }

    /** The defaults with the scenario's overrides, by component name (durations in ISO-8601). */
    static AlarmThresholds thresholds(Map<String, String> overrides) {
        try {
            RecordComponent[] components = AlarmThresholds.class.getRecordComponents();
            Object[] values = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                String override = overrides.get(c.getName());
                values[i] = override == null ? c.getAccessor().invoke(AlarmThresholds.DEFAULTS) : parse(c.getType(), override);
            }
            for (String name : overrides.keySet()) {
                boolean known = false;
                for (RecordComponent c : components) {
                    known |= c.getName().equals(name);
                }
                if (!known) {
                    throw new IllegalArgumentException("unknown threshold " + name);
                }
            }
            Constructor<AlarmThresholds> constructor = AlarmThresholds.class.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object parse(Class<?> type, String value) {
        if (type == Duration.class) {
            return Duration.parse(value);
        }
        if (type == int.class) {
            return Integer.parseInt(value);
        }
        return Double.parseDouble(value);
    }
}
