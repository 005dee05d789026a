package org.gridpatrol.engine.alarm;

import static org.gridpatrol.engine.alarm.Patrol.OFFICER;
import static org.gridpatrol.engine.alarm.Patrol.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gridpatrol.engine.fix.Fix;
import org.junit.jupiter.api.Test;

/**
 * The guarantee behind batch uploads and restarts: for random tracks, however the fixes are
 * split into uploads (each upload in any order), and wherever the engine is snapshotted and
 * restored, the alarms are those of evaluating the fixes one by one.
 */
class BatchSplitPropertyTest {

    private static final int TRACKS = 150;
    private static final DutyWindows SHIFTS = new DutyWindows(List.of(
            new DutyWindows.Window(T0, T0.plusSeconds(3 * 3600)),
            new DutyWindows.Window(T0.plusSeconds(4 * 3600), T0.plusSeconds(9 * 3600))));

    /** An event without its late flag, which legitimately depends on when each upload arrived. */
    record Alarm(AlarmEvent.Phase phase, AlarmType type, Instant start, Instant end, List<Long> evidence, String cause) {
        static Alarm of(AlarmEvent e) {
            return new Alarm(e.phase(), e.type(), e.start(), e.end(), e.evidence(), e.cause());
        }
    }

    @Test
    void randomTracksInRandomBatchSplitsGiveTheSameAlarmsAsFixByFix() {
        EnumSet<AlarmType> typesSeen = EnumSet.noneOf(AlarmType.class);
        int closesSeen = 0;
        for (long seed = 1; seed <= TRACKS; seed++) {
            List<Fix> track = RandomPatrols.track(seed, T0);
            List<AlarmEvent> oneByOne = fixByFix(track);
            List<AlarmEvent> batched = inRandomBatches(track, new Random(seed * 31));
            long s = seed;
            assertEquals(alarms(oneByOne), alarms(batched), () -> "track " + s);
            oneByOne.forEach(e -> typesSeen.add(e.type()));
            closesSeen += (int) oneByOne.stream().filter(e -> !e.isOpen()).count();
        }
        // The property means something only if the tracks exercise every rule, opening and closing.
        assertEquals(EnumSet.allOf(AlarmType.class), typesSeen);
        assertTrue(closesSeen > TRACKS / 2, "closed alarms seen: " + closesSeen);
    }

    @Test
    void snapshotAndRestoreAnywhereGiveTheSameAlarms() {
        for (long seed = 1; seed <= TRACKS / 3; seed++) {
            List<Fix> track = RandomPatrols.track(seed, T0);
            int cut = new Random(seed).nextInt(track.size());

            Patrol before = patrol();
            before.live(track.subList(0, cut));
            OfficerSnapshot snapshot = before.engine.snapshot(OFFICER).orElseThrow();
            Patrol after = patrol();
            after.engine.restore(new Assignment(OFFICER, Set.of(101L), SHIFTS), snapshot);
            assertEquals(snapshot, after.engine.snapshot(OFFICER).orElseThrow());
            after.events.clear();
            after.live(track.subList(cut, track.size()));

            List<AlarmEvent> resumed = new ArrayList<>(before.events);
            resumed.addAll(after.events);
            long s = seed;
            assertEquals(fixByFix(track), resumed, () -> "track " + s + " cut at " + cut);
        }
    }

    private static Patrol patrol() {
        return new Patrol().assign(Set.of(101L), SHIFTS, AlarmThresholds.DEFAULTS);
    }

    private static List<AlarmEvent> fixByFix(List<Fix> track) {
        return patrol().live(track).events;
    }

    private static List<AlarmEvent> inRandomBatches(List<Fix> track, Random random) {
        Patrol p = patrol();
        int i = 0;
        while (i < track.size()) {
            int size = 1 + random.nextInt(random.nextBoolean() ? 5 : 120);
            List<Fix> batch = new ArrayList<>(track.subList(i, Math.min(track.size(), i + size)));
            i += batch.size();
            Instant receivedAt = batch.get(batch.size() - 1).time().plusSeconds(3);
            Collections.shuffle(batch, random);
            p.events.addAll(p.engine.acceptBatch(OFFICER, batch, receivedAt));
        }
        return p.events;
    }

    private static List<Alarm> alarms(List<AlarmEvent> events) {
        return events.stream().map(Alarm::of).toList();
    }
}
