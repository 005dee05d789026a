package org.gridpatrol.desktop.grid.editing.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.util.List;
import org.gridpatrol.desktop.grid.editing.sketch.GridSketch;
import org.gridpatrol.desktop.grid.editing.snap.LinearProjection;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** The tools driven with pixel events on a map that is never shown. */
class EditingToolsTest {
    // 1 px = 1e-5°; the neighbour occupies lon 117.001…117.002, lat 32.998…32.999
    private final LinearProjection projection = new LinearProjection(117.0, 33.0, 100_000);
    private final Polygon neighbour = GridSketch.FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(117.001, 32.998), new Coordinate(117.002, 32.998), new Coordinate(117.002, 32.999),
            new Coordinate(117.001, 32.999), new Coordinate(117.001, 32.998)});

    private EditSession session(GridSketch sketch) {
        return new EditSession(sketch, () -> projection, () -> List.<Geometry>of(neighbour));
    }

    private Point2D px(double lon, double lat, double dx, double dy) {
        Point2D p = projection.toPixel(new Coordinate(lon, lat));
        return new Point2D.Double(p.getX() + dx, p.getY() + dy);
    }

    @Test
    void drawingBesideANeighbourSharesItsVerticesAndClosesOnTheFirstVertex() {
        EditSession session = session(GridSketch.empty());
        DrawPolygonTool draw = new DrawPolygonTool(session);
        draw.click(px(117.002, 32.998, 4, 3), 1); // near the neighbour's SE corner
        draw.click(px(117.003, 32.998, 0, 0), 1);
        draw.click(px(117.003, 32.999, 0, 0), 1);
        draw.click(px(117.002, 32.999, -5, 2), 1); // near the neighbour's NE corner
        draw.click(px(117.002, 32.998, 6, 0), 1); // near the first vertex: closes
        GridSketch sketch = session.sketch();
        assertTrue(sketch.closed());
        assertEquals(4, sketch.size());
        assertEquals(neighbour.getExteriorRing().getCoordinateN(1), sketch.vertex(0));
        assertEquals(neighbour.getExteriorRing().getCoordinateN(2), sketch.vertex(3));
        Geometry drawn = sketch.toGeometry();
        assertTrue(drawn.isValid());
        assertEquals(0.0, drawn.intersection(neighbour).getArea(), 0, "shares the border, no overlap");
        assertTrue(drawn.touches(neighbour));
        session.undoRedo().undo();
        assertFalse(sketch.closed());
    }

    @Test
    void aDoubleClickClosesTheRing() {
        EditSession session = session(GridSketch.empty());
        DrawPolygonTool draw = new DrawPolygonTool(session);
        draw.click(px(117.010, 32.990, 0, 0), 1);
        draw.click(px(117.011, 32.990, 0, 0), 1);
        draw.click(px(117.011, 32.991, 0, 0), 1);
        draw.click(px(117.011, 32.991, 0, 0), 2);
        assertTrue(session.sketch().closed());
        assertEquals(3, session.sketch().size());
    }

    @Test
    void draggingAVertexRecordsOneUndoableMoveSnappedToTheNeighbour() {
        GridSketch sketch = GridSketch.of(square(117.003, 32.998));
        EditSession session = session(sketch);
        MoveVertexTool move = new MoveVertexTool(session);
        move.press(px(117.003, 32.998, 1, 1)); // grab the SW vertex
        move.drag(px(117.0025, 32.998, 0, 0));
        move.drag(px(117.002, 32.998, 5, -3)); // near the neighbour's SE corner
        Coordinate corner = neighbour.getExteriorRing().getCoordinateN(1);
        assertEquals(corner, sketch.vertex(0), "follows the pointer, snapped");
        move.release(px(117.002, 32.998, 5, -3));
        assertEquals(corner, sketch.vertex(0));
        assertTrue(session.undoRedo().canUndo());
        session.undoRedo().undo();
        assertEquals(new Coordinate(117.003, 32.998), sketch.vertex(0));
        assertFalse(session.undoRedo().canUndo(), "the drag was one edit");
    }

    @Test
    void escapeDuringADragPutsTheVertexBackAndRecordsNothing() {
        GridSketch sketch = GridSketch.of(square(117.003, 32.998));
        EditSession session = session(sketch);
        MoveVertexTool move = new MoveVertexTool(session);
        move.press(px(117.003, 32.998, 0, 0));
        move.drag(px(117.0035, 32.9985, 0, 0));
        move.cancelGesture();
        move.release(px(117.0035, 32.9985, 0, 0));
        assertEquals(new Coordinate(117.003, 32.998), sketch.vertex(0));
        assertFalse(session.undoRedo().canUndo());
    }

    @Test
    void clickingAnEdgeInsertsAVertexOnItAndClickingAVertexDeletesIt() {
        GridSketch sketch = GridSketch.of(square(117.003, 32.998));
        EditSession session = session(sketch);
        new InsertVertexTool(session).click(px(117.0035, 32.998, 0, 3), 1); // 3 px off the south edge
        assertEquals(5, sketch.size());
        assertEquals(117.0035, sketch.vertex(1).x, 1e-12);
        assertEquals(32.998, sketch.vertex(1).y, 1e-12);
        Coordinate northEast = square(117.003, 32.998).getExteriorRing().getCoordinateN(2);
        new DeleteVertexTool(session).click(px(117.004, 32.999, -2, 2), 1);
        assertEquals(4, sketch.size());
        assertFalse(sketch.vertices().contains(northEast));
        session.undoRedo().undo();
        session.undoRedo().undo();
        assertEquals(4, sketch.size());
        assertEquals(northEast, sketch.vertex(2));
    }

    @Test
    void clicksAwayFromTheOutlineChangeNothing() {
        GridSketch sketch = GridSketch.of(square(117.003, 32.998));
        EditSession session = session(sketch);
        new InsertVertexTool(session).click(px(117.0035, 32.9985, 0, 0), 1);
        new DeleteVertexTool(session).click(px(117.0035, 32.9985, 0, 0), 1);
        assertEquals(4, sketch.size());
        assertFalse(session.undoRedo().canUndo());
    }

    private static Polygon square(double lon, double lat) {
        return GridSketch.FACTORY.createPolygon(new Coordinate[] {new Coordinate(lon, lat),
                new Coordinate(lon + 0.001, lat), new Coordinate(lon + 0.001, lat + 0.001),
                new Coordinate(lon, lat + 0.001), new Coordinate(lon, lat)});
    }
}
