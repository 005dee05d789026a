package org.gridpatrol.bench.zone;

import java.util.concurrent.TimeUnit;
import org.gridpatrol.bench.grid.DistrictGrids;
import org.gridpatrol.engine.zone.GridIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * "Which grids contain this point" over the standard district (2,000 irregular grids of about
 * 200 vertices), at uniformly random points of the district: the engine's raster index against
 * the naive STRtree + PreparedGeometry lookup, in the same run. Scores are lookups per second
 * on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class GridLookupBench {

    /** Lookups per benchmark call; a batch keeps JMH's per-call overhead out of the score. */
    static final int BATCH = 1024;
    private static final int POINTS = 1 << 20;

    private GridIndex index;
    private NaiveGridLookup naive;
    private double[] points;
    private final long[] out = new long[8];
    private int cursor;

    @Setup(Level.Trial)
    public void buildDistrict() {
        DistrictGrids.District district = DistrictGrids.standard().build();
        index = GridIndex.of(district.grids());
        naive = new NaiveGridLookup(district.grids());
        points = DistrictGrids.randomPoints(district.extent(), POINTS, 7);
        checkBothAgree();
    }

    /** A benchmark of a wrong answer is worthless: both must agree before anything is timed. */
    private void checkBothAgree() {
        long[] a = new long[8];
        long[] b = new long[8];
        for (int i = 0; i < 20_000; i++) {
            int n = index.gridsAt(points[2 * i], points[2 * i + 1], a);
            int m = naive.gridsAt(points[2 * i], points[2 * i + 1], b);
            long[] x = java.util.Arrays.copyOf(a, Math.min(n, a.length));
            long[] y = java.util.Arrays.copyOf(b, Math.min(m, b.length));
            java.util.Arrays.sort(x);
            java.util.Arrays.sort(y);
            if (n != m || !java.util.Arrays.equals(x, y)) {
                throw new IllegalStateException("index and baseline disagree at point " + i);
            }
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long rasterIndex() {
        long found = 0;
        int c = cursor;
        for (int i = 0; i < BATCH; i++) {
            found += index.gridsAt(points[c], points[c + 1], out);
            c = (c + 2) & (2 * POINTS - 1);
        }
        cursor = c;
        return found + out[0];
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public long naiveStrTreePrepared() {
        long found = 0;
        int c = cursor;
        for (int i = 0; i < BATCH; i++) {
            found += naive.gridsAt(points[c], points[c + 1], out);
            c = (c + 2) & (2 * POINTS - 1);
        }
        cursor = c;
        return found + out[0];
    }
}
