package org.gridpatrol.bench.zone;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gridpatrol.bench.grid.DistrictGrids;
import org.gridpatrol.engine.zone.Grid;
import org.gridpatrol.engine.zone.GridIndex;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one grid edit costs the engine's index over the standard district (2,000 irregular grids
 * of about 200 vertices): putting the edited grid into the built index (only the cells under it
 * are recomputed; the new version shares every other raster block), against building the index
 * afresh from all 2,000 grids, which is what a change cost before. Scores are milliseconds per
 * operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Threads(1)
public class GridIndexUpdateBench {

    private static final int EDITS = 256;

    private List<Grid> grids;
    private GridIndex index;
    /** Edited versions of grids spread over the district: each moved 8 m east, as a vertex drag would. */
    private Grid[] edited;
    private Grid[] original;
    private int cursor;

    @Setup(Level.Trial)
    public void buildDistrict() {
        grids = DistrictGrids.standard().build().grids();
        index = GridIndex.of(grids);
        edited = new Grid[EDITS];
        original = new Grid[EDITS];
        double east = 8 / (111_320 * Math.cos(Math.toRadians(DistrictGrids.CENTRE_LAT)));
        AffineTransformation move = AffineTransformation.translationInstance(east, 0);
        for (int i = 0; i < EDITS; i++) {
            Grid g = grids.get(i * grids.size() / EDITS);
            Geometry moved = move.transform(g.area());
            original[i] = g;
            edited[i] = new Grid(g.id(), moved);
        }
    }

    /** One grid edited, and on the next call edited back, so the index stays the district. */
    @Benchmark
    public int updateOneGrid() {
        int i = cursor++ & (2 * EDITS - 1);
        index.put(i < EDITS ? edited[i] : original[i - EDITS]);
        return index.size();
    }

    /** The baseline: the whole index built again. */
    @Benchmark
    public int rebuildAllGrids() {
        return GridIndex.of(grids).size();
    }
}
