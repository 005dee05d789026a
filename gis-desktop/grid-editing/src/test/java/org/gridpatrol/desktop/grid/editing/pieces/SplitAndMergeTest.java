package org.gridpatrol.desktop.grid.editing.pieces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.desktop.grid.editing.sketch.GridPieces;
import org.gridpatrol.desktop.grid.editing.sketch.GridSketch;
import org.gridpatrol.desktop.grid.editing.sketch.ReshapeSketch;
import org.gridpatrol.desktop.grid.editing.snap.LinearProjection;
import org.gridpatrol.desktop.grid.editing.tool.EditSession;
import org.gridpatrol.desktop.grid.editing.tool.SplitTool;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

class SplitAndMergeTest {
    private final LinearProjection projection = new LinearProjection(117.0, 33.0, 100_000);

    private static Polygon box(double w, double s, double e, double n) {
        return GridSketch.FACTORY.createPolygon(new Coordinate[] {new Coordinate(w, s), new Coordinate(e, s),
            new Coordinate(e, n), new Coordinate(w, n), new Coordinate(w, s)});
    }

    private static LineString line(double... lonLat) {
        Coordinate[] c = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        return GridSketch.FACTORY.createLineString(c);
    }

    private final Polygon grid = box(117.001, 32.990, 117.004, 32.992);

    @Test
    void aLineAcrossCutsTheGridInTwoPiecesThatShareTheCutExactly() {
        GridSplit split = GridSplit.of(grid, line(117.002, 32.989, 117.002, 32.993));
        assertEquals(grid.getArea(), split.kept().getArea() + split.splitOff().getArea(), 1e-15);
        assertEquals(2 * split.splitOff().getArea(), split.kept().getArea(), 1e-12, "the larger piece is kept");
        assertEquals(0, split.kept().intersection(split.splitOff()).getArea(), 0);
        assertEquals(0.002, split.kept().intersection(split.splitOff()).getLength(), 1e-12, "the cut is shared");
        assertTrue(split.kept().isValid() && split.splitOff().isValid());
    }

    @Test
    void aLineThatDoesNotCrossOrCutsThreeTimesIsRefused() {
        assertEquals("SPLIT_NotAcross", assertThrows(PieceRefused.class,
                () -> GridSplit.of(grid, line(117.002, 32.989, 117.002, 32.991))).key());
        assertEquals("SPLIT_TooManyPieces", assertThrows(PieceRefused.class,
                () -> GridSplit.of(grid, line(117.0015, 32.989, 117.0015, 32.993, 117.0025, 32.993, 117.0025, 32.989))).key());
        Geometry twoParts = GridSketch.FACTORY.createMultiPolygon(new Polygon[] {grid, box(118, 32, 118.1, 32.1)});
        assertEquals("SPLIT_NotSimple", assertThrows(PieceRefused.class,
                () -> GridSplit.of(twoParts, line(117.002, 32.989, 117.002, 32.993))).key());
    }

    @Test
    void neighboursMergeIntoOnePolygonAndCornerTouchingGridsDoNot() {
        Polygon east = box(117.004, 32.990, 117.005, 32.992);
        Polygon merged = GridMerge.of(grid, east);
        assertEquals(grid.getArea() + east.getArea(), merged.getArea(), 1e-15);
        assertTrue(merged.isValid());
        assertEquals("MERGE_NotNeighbours", assertThrows(PieceRefused.class,
                () -> GridMerge.of(grid, box(117.004, 32.992, 117.005, 32.993))).key());
        assertEquals("MERGE_NotNeighbours", assertThrows(PieceRefused.class,
                () -> GridMerge.of(grid, box(117.006, 32.990, 117.007, 32.992))).key());
    }

    @Test
    void splittingWithTheToolIsOneUndoableEditThatSetsThePieceAside() {
        GridSketch sketch = GridSketch.of(grid);
        Geometry before = sketch.toGeometry();
        EditSession session = new EditSession(sketch, () -> projection, List::of);
        GridPieces pieces = new GridPieces();
        List<String> refusals = new ArrayList<>();
        SplitTool tool = new SplitTool(session, pieces, refusals::add);
        tool.click(px(117.002, 32.989), 1);
        tool.move(px(117.002, 32.991));
        assertEquals(2, session.guide().size(), "the cut so far and the pointer are painted");
        tool.click(px(117.002, 32.993), 1);
        tool.click(px(117.002, 32.993), 2);
        assertTrue(session.guide().isEmpty(), "nothing left to paint after the cut");
        assertEquals(List.of(), refusals);
        assertEquals(1, pieces.splitOff().size());
        assertEquals(grid.getArea() * 2 / 3, sketch.toGeometry().getArea(), 1e-12);
        session.undoRedo().undo();
        assertTrue(sketch.toGeometry().equalsExact(before), "undo restores the outline");
        assertEquals(0, pieces.splitOff().size());
        session.undoRedo().redo();
        assertEquals(1, pieces.splitOff().size());
        assertEquals(grid.getArea() * 2 / 3, sketch.toGeometry().getArea(), 1e-12);
        tool.click(px(117.0025, 32.989), 1);
        tool.click(px(117.0025, 32.9905), 1);
        tool.click(px(117.0025, 32.9905), 2);
        assertEquals(1, refusals.size(), "a line that does not cut is refused");
    }

    @Test
    void mergingIsUndoneWithTheNeighbourNoLongerToRetire() {
        GridSketch sketch = GridSketch.of(grid);
        EditSession session = new EditSession(sketch, () -> projection, List::of);
        GridPieces pieces = new GridPieces();
        Polygon union = GridMerge.of(sketch.toGeometry(), box(117.004, 32.990, 117.005, 32.992));
        session.perform(ReshapeSketch.merge(sketch, union, 42, 3, pieces));
        assertEquals(union.getArea(), sketch.toGeometry().getArea(), 1e-15);
        assertEquals(List.of(new GridPieces.Absorbed(42, 3)), pieces.absorbed());
        session.undoRedo().undo();
        assertEquals(grid.getArea(), sketch.toGeometry().getArea(), 1e-15);
        assertTrue(pieces.absorbed().isEmpty());
    }

    private Point2D px(double lon, double lat) {
        return projection.toPixel(new Coordinate(lon, lat));
    }
}
