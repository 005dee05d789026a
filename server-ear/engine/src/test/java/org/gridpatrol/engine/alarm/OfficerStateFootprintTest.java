package org.gridpatrol.engine.alarm;

import static org.gridpatrol.engine.alarm.Patrol.T0;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.gridpatrol.engine.fix.Fix;
import org.junit.jupiter.api.Test;

/** 20,000 officers' live state must fit comfortably in a 512 MB heap. */
class OfficerStateFootprintTest {

    private static final int OFFICERS = 20_000;

    @Test
    void twentyThousandOfficersLiveStateTakesFarLessThan512Megabytes() {
        Patrol world = new Patrol();
        List<Fix> day = RandomPatrols.track(7, T0).subList(0, 60);
        long before = usedHeap();
        AlarmEngine engine = new AlarmEngine(world.grids);
        for (long officer = 1; officer <= OFFICERS; officer++) {
            engine.assign(new Assignment(officer, Set.of(101L, 102L), DutyCalendar.ALWAYS));
            for (Fix f : day) {
                engine.accept(officer, f, f.time().plusSeconds(3));
            }
        }
        long used = usedHeap() - before;
        double perOfficer = (double) used / OFFICERS;
        System.out.printf("officer state: %.0f bytes each, %.1f MB for %d officers%n",
                perOfficer, used / 1e6, OFFICERS);
        assertTrue(engine.watches(OFFICERS));
        // 4 KB each would be 80 MB for 20,000: a wide margin under 512 MB, yet it catches a leak.
        assertTrue(perOfficer < 4096, "bytes per officer: " + perOfficer);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
