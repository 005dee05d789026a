package org.gridpatrol.bench.load;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.gridpatrol.bench.grid.DistrictGrids;
import org.gridpatrol.engine.alarm.AlarmEngine;
import org.gridpatrol.engine.alarm.Assignment;
import org.gridpatrol.engine.alarm.DutyCalendar;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.zone.Grid;
import org.gridpatrol.engine.zone.GridIndex;

/**
 * Heap held by the live state of 20,000 officers, each watched over the 2,000-grid
 * district and fed 60 fixes, measured as the heap after a full GC minus the heap
 * with the same grid index and no officers.
 *
 * <pre>java -cp benchmarks.jar org.gridpatrol.bench.load.EngineMemory</pre>
 */
public final class EngineMemory {
    private static final int OFFICERS = 20_000;

    private EngineMemory() {
    }

    public static void main(String[] args) throws Exception {
        Results results = new Results(Path.of(System.getProperty("gridpatrol.results", "tools/bench/results")));
        DistrictGrids.District district = DistrictGrids.standard().build();
        GridIndex index = GridIndex.of(district.grids());
        AlarmEngine engine = new AlarmEngine(index);
        long before = usedAfterGc();
        Instant t0 = Instant.parse("2026-11-26T00:00:00Z");
        double[] points = DistrictGrids.randomPoints(district.extent(), OFFICERS, 5);
        for (int officer = 0; officer < OFFICERS; officer++) {
            Grid own = district.grids().get(officer % district.grids().size());
            engine.assign(new Assignment(officer, Set.of(own.id()), DutyCalendar.ALWAYS));
            for (int i = 0; i < 60; i++) {
                double jitter = (i % 7) * 0.00001;
                engine.accept(officer, new Fix(t0.plusSeconds(10L * i), points[2 * officer] + jitter,
                        points[2 * officer + 1] - jitter, 10, 1.2, "gps", false, i + 1), t0.plusSeconds(10L * i + 2));
            }
        }
        long after = usedAfterGc();
        double mb = (after - before) / (1024.0 * 1024.0);
        System.out.printf("engine watches %d officers: %.1f MB of heap (%d bytes each)%n", OFFICERS, mb, (after - before) / OFFICERS);
        results.put("engine_heap_mb_20k_officers", mb, "MB", "heap after GC minus heap of the same index with no officers", "< 512 MB");
        results.write("Engine memory", "java -cp tools/bench/target/benchmarks.jar org.gridpatrol.bench.load.EngineMemory");
        if (engine.watches(-1)) {
            System.out.println(); // keep the engine reachable until measured
        }
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
