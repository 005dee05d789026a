package org.gridpatrol.server.alarm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.gridpatrol.engine.zone.Grid;
import org.gridpatrol.engine.zone.GridIndex;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.junit.jupiter.api.Test;

class GridSyncTest {
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final Instant T = Instant.parse("2026-11-27T00:00:00Z");

    private static Geometry cell(double lon, double lat) {
        return GEOMETRY.toGeometry(new Envelope(lon, lon + 0.01, lat, lat + 0.01));
    }

    private static GridSync.Row row(long id, int second, Geometry g) {
        return new GridSync.Row(id, T.plusSeconds(second), g);
    }

    @Test
    void aMovedGridAndANewOneAreFoundWithoutRebuildingAndARetiredOneIsGone() {
        GridIndex index = GridIndex.of(List.of(new Grid(1, cell(117.30, 32.90)), new Grid(2, cell(117.40, 33.00))));
        GridSync sync = new GridSync();
        sync.reset(List.of(row(1, 0, cell(117.30, 32.90)), row(2, 0, cell(117.40, 33.00))));

        boolean incremental = sync.apply(index, List.of(row(1, 10, cell(117.32, 32.92)), row(3, 11, cell(117.35, 32.95)),
                row(2, 12, null)), 2);

        assertTrue(incremental);
        assertArrayEquals(new long[] {1}, index.gridsAt(117.325, 32.925));
        assertArrayEquals(new long[0], index.gridsAt(117.305, 32.905), "grid 1's old place is free");
        assertArrayEquals(new long[] {3}, index.gridsAt(117.355, 32.955));
        assertArrayEquals(new long[0], index.gridsAt(117.405, 33.005), "retired");
        assertEquals(T.plusSeconds(12).minus(GridSync.OVERLAP), sync.readFrom());
    }

    @Test
    void rowsReadAgainBecauseOfTheOverlapChangeNothing() {
        GridIndex index = GridIndex.of(List.of(new Grid(1, cell(117.30, 32.90)), new Grid(2, cell(117.40, 33.00))));
        GridSync sync = new GridSync();
        sync.reset(List.of(row(1, 0, cell(117.30, 32.90)), row(2, 0, cell(117.40, 33.00))));
        assertTrue(sync.apply(index, List.of(row(1, 10, cell(117.32, 32.92))), 2));

        // the same version again, read because of the overlap
        assertTrue(sync.apply(index, List.of(row(1, 10, cell(117.32, 32.92))), 2));
        assertArrayEquals(new long[] {1}, index.gridsAt(117.325, 32.925));
    }

    @Test
    void aGridOffTheRasterOrRowsLostBehindTheIndexAskForAFullBuild() {
        GridIndex index = GridIndex.of(List.of(new Grid(1, cell(117.30, 32.90)), new Grid(2, cell(117.40, 33.00))));
        GridSync sync = new GridSync();
        sync.reset(List.of(row(1, 0, cell(117.30, 32.90)), row(2, 0, cell(117.40, 33.00))));

        assertFalse(sync.apply(index, List.of(row(4, 5, cell(100.0, 25.0))), 3));
        assertEquals(2, index.size(), "nothing applied when a rebuild is due");
        assertFalse(sync.apply(index, List.of(), 1), "a row deleted in SQL");
    }
}
