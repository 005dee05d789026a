package org.gridpatrol.engine.zone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.gridpatrol.engine.testkit.Plane;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

class GridIndexTest {

    private static final Envelope AREA = new Envelope(Plane.lon(-2000), Plane.lon(8000), Plane.lat(-2000), Plane.lat(7000));

    @Test
    void answersLikePreparedGeometryForIrregularAndOverlappingGrids() {
        List<Grid> grids = new ArrayList<>(VoronoiGrids.of(300, 6000, 5000, 3));
        grids.add(new Grid(900, withHole()));
        grids.add(new Grid(901, Plane.polygon(1000, 1000, 2500, 1200, 1800, 2600, 1200, 1900)));
        grids.add(new Grid(902, Plane.GEOMETRY.createMultiPolygon(new Polygon[] {
            Plane.rectangle(3000, 3000, 3300, 3300), Plane.rectangle(3500, 3000, 3800, 3300)})));
        GridIndex index = GridIndex.of(grids);
        List<PreparedGeometry> prepared = grids.stream().map(g -> PreparedGeometryFactory.prepare(g.area())).toList();

        Random random = new Random(5);
        int checked = 0;
        for (int i = 0; i < 60_000; i++) {
            double lon = Plane.lon(-300 + random.nextDouble() * 6600);
            double lat = Plane.lat(-300 + random.nextDouble() * 5600);
            assertSameGrids(expected(grids, prepared, lon, lat), index.gridsAt(lon, lat), lon, lat);
            checked++;
        }
        // Points hugging the boundaries are where the raster must hand over to the exact test.
        for (Grid g : grids) {
            for (Coordinate c : g.area().getCoordinates()) {
                double lon = c.x + (random.nextDouble() - 0.5) * 2e-6;
                double lat = c.y + (random.nextDouble() - 0.5) * 2e-6;
                assertSameGrids(expected(grids, prepared, lon, lat), index.gridsAt(lon, lat), lon, lat);
                checked++;
            }
        }
        assertTrue(checked > 80_000, "points checked: " + checked);
    }

    @Test
    void pointsOnEdgesAndVerticesCountAsInside() {
        GridIndex index = GridIndex.covering(AREA, 20);
        index.put(Plane.rectangleGrid(1, 0, 0, 600, 600));
        Coordinate corner = index.grid(1).orElseThrow().area().getCoordinates()[0];
        Coordinate other = index.grid(1).orElseThrow().area().getCoordinates()[1];

        assertArrayEquals(new long[] {1}, index.gridsAt(corner.x, corner.y));
        assertArrayEquals(new long[] {1}, index.gridsAt((corner.x + other.x) / 2, corner.y));
    }

    @Test
    void replacingAGridRecomputesOnlyTheBlocksUnderIt() {
        GridIndex index = GridIndex.covering(AREA, 20);
        index.putAll(VoronoiGrids.of(200, 6000, 5000, 11));
        IndexState before = index.state();
        Geometry moved = Plane.rectangle(100, 100, 300, 300);

        index.put(new Grid(1, moved));

        IndexState after = index.state();
        Envelope touched = new Envelope(moved.getEnvelopeInternal());
        touched.expandToInclude(before.shape(1).envelope);
        Raster r = before.raster;
        int changed = 0;
        for (int b = 0; b < r.blockCount(); b++) {
            int bx = b % r.blockCols;
            int by = b / r.blockCols;
            Envelope block = new Envelope(r.cellMinX(bx * Raster.BLOCK), r.cellMinX((bx + 1) * Raster.BLOCK),
                    r.cellMinY(by * Raster.BLOCK), r.cellMinY((by + 1) * Raster.BLOCK));
            if (block.intersects(touched)) {
                changed++;
            } else {
                assertSame(before.block(b), after.block(b), "block " + b + " is not under the grid");
            }
        }
        assertTrue(changed > 0 && changed < r.blockCount() / 4, "changed blocks: " + changed);
        assertArrayEquals(new long[] {1}, index.gridsAt(Plane.lon(200), Plane.lat(200)));
    }

    @Test
    void removedGridIsNoLongerFound() {
        GridIndex index = GridIndex.covering(AREA, 20);
        index.put(Plane.rectangleGrid(1, 0, 0, 600, 600));
        index.put(Plane.rectangleGrid(2, 600, 0, 1200, 600));
        IndexState before = index.state();

        assertTrue(index.remove(1));

        assertFalse(index.remove(1));
        assertEquals(0, index.gridsAt(Plane.lon(300), Plane.lat(300)).length);
        assertArrayEquals(new long[] {2}, index.gridsAt(Plane.lon(900), Plane.lat(300)));
        assertNotSame(before, index.state());
        assertTrue(index.grid(1).isEmpty());
        assertEquals(1, index.size());
    }

    @Test
    void gridReachingBeyondTheRasterIsFoundOutsideIt() {
        GridIndex index = GridIndex.covering(new Envelope(Plane.lon(0), Plane.lon(1000), Plane.lat(0), Plane.lat(1000)), 25);
        index.put(Plane.rectangleGrid(1, 500, 500, 5000, 5000));

        assertArrayEquals(new long[] {1}, index.gridsAt(Plane.lon(700), Plane.lat(700)));
        assertArrayEquals(new long[] {1}, index.gridsAt(Plane.lon(4000), Plane.lat(4000)));
        assertEquals(0, index.gridsAt(Plane.lon(6000), Plane.lat(4000)).length);
    }

    @Test
    void readersDuringEditsSeeEitherTheOldOrTheNewVersion() throws InterruptedException {
        GridIndex index = GridIndex.covering(AREA, 20);
        index.put(Plane.rectangleGrid(1, 0, 0, 600, 600));
        index.put(Plane.rectangleGrid(2, 1000, 0, 1600, 600));
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<String> failure = new AtomicReference<>();
        Runnable reader = () -> {
            long[] out = new long[4];
            while (!stop.get()) {
                int n = index.gridsAt(Plane.lon(300), Plane.lat(300), out);
                if (n != 1 || out[0] != 1) {
                    failure.set("stable grid 1 answered " + Arrays.toString(Arrays.copyOf(out, n)));
                }
                n = index.gridsAt(Plane.lon(1300), Plane.lat(300), out);
                if (n != 1 || out[0] != 2) {
                    failure.set("grid 2 being edited answered " + Arrays.toString(Arrays.copyOf(out, n)));
                }
            }
        };
        Thread[] readers = {new Thread(reader), new Thread(reader)};
        for (Thread t : readers) {
            t.start();
        }
        for (int i = 0; i < 300; i++) {
            // Both shapes of grid 2 hold the watched point; other grids come and go around it.
            index.put(Plane.rectangleGrid(2, 1000 + i % 7, 0, 1600 + i % 5, 600 + i % 3));
            index.put(Plane.rectangleGrid(100 + i, 2000 + i, 2000, 2100 + i, 2100));
            index.remove(100 + i - 1);
        }
        stop.set(true);
        for (Thread t : readers) {
            t.join();
        }
        assertEquals(null, failure.get());
    }

    @Test
    void depthIsTheDistanceToTheBoundaryInMetresPositiveInside() {
        GridIndex index = GridIndex.covering(AREA, 20);
        index.put(Plane.rectangleGrid(1, 0, 0, 600, 600));

        assertEquals(100, index.depthMetres(1, Plane.lon(100), Plane.lat(300)), 0.5);
        assertEquals(-50, index.depthMetres(1, Plane.lon(-50), Plane.lat(300)), 0.5);
        assertEquals(Math.hypot(30, 40), index.distanceToBoundaryMetres(1, Plane.lon(630), Plane.lat(640)), 0.5);
        assertTrue(Double.isNaN(index.depthMetres(99, Plane.lon(100), Plane.lat(300))));
    }

    @Test
    void aHoleIsOutsideAndItsEdgeIsABoundary() {
        GridIndex index = GridIndex.covering(AREA, 20);
        index.put(new Grid(1, withHole()));

        assertEquals(0, index.gridsAt(Plane.lon(3000), Plane.lat(1000)).length);
        assertEquals(-100, index.depthMetres(1, Plane.lon(3000), Plane.lat(1000)), 0.5);
        assertEquals(50, index.depthMetres(1, Plane.lon(3250), Plane.lat(1000)), 0.5);
    }

    @Test
    void anIndexSizedFromItsGridsCoversThemWithAModestRaster() {
        List<Grid> grids = VoronoiGrids.of(300, 6000, 5000, 3);

        GridIndex index = GridIndex.of(grids);

        assertEquals(300, index.size());
        Envelope raster = index.rasterExtent();
        grids.forEach(g -> assertTrue(raster.contains(g.area().getEnvelopeInternal())));
        assertTrue(GridIndex.autoCellMetres(raster, 100_000) >= 5);
    }

    /** A 600 m square at (2700..3300, 700..1300) with a 200 m hole in its middle. */
    private static Polygon withHole() {
        Polygon shell = Plane.rectangle(2700, 700, 3300, 1300);
        Polygon hole = Plane.rectangle(2900, 900, 3100, 1100);
        return Plane.GEOMETRY.createPolygon(shell.getExteriorRing(),
                new LinearRing[] {hole.getExteriorRing()});
    }

    private static long[] expected(List<Grid> grids, List<PreparedGeometry> prepared, double lon, double lat) {
        var point = Plane.GEOMETRY.createPoint(new Coordinate(lon, lat));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            if (prepared.get(i).covers(point)) {
                ids.add(grids.get(i).id());
            }
        }
        return ids.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private static void assertSameGrids(long[] expected, long[] actual, double lon, double lat) {
        long[] sorted = actual.clone();
        Arrays.sort(sorted);
        assertArrayEquals(expected, sorted, () -> "at " + lon + ", " + lat);
    }
}
