package org.gridpatrol.desktop.grid.editing.sketch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.swing.event.UndoableEditEvent;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.openide.awt.UndoRedo;

class SketchEditsTest {
    private static final List<Coordinate> SQUARE = List.of(new Coordinate(0, 0), new Coordinate(1, 0),
            new Coordinate(1, 1), new Coordinate(0, 1));

    private final UndoRedo.Manager undo = new UndoRedo.Manager();

    private static GridSketch square() {
        Coordinate[] ring = {SQUARE.get(0), SQUARE.get(1), SQUARE.get(2), SQUARE.get(3), SQUARE.get(0)};
        return GridSketch.of(GridSketch.FACTORY.createPolygon(ring));
    }

    private void perform(SketchEdit edit) {
        edit.apply();
        undo.undoableEditHappened(new UndoableEditEvent(this, edit));
    }

    @Test
    void aGridIsEditedAsItsOuterRingWithoutTheClosingRepeat() {
        GridSketch sketch = square();
        assertEquals(SQUARE, sketch.vertices());
        assertTrue(sketch.closed());
        assertEquals(1.0, sketch.toGeometry().getArea(), 1e-12);
    }

    @Test
    void movingAVertexIsUndoneAndRedoneExactly() {
        GridSketch sketch = square();
        perform(new MoveVertex(sketch, 2, sketch.vertex(2), new Coordinate(2, 2)));
        assertEquals(new Coordinate(2, 2), sketch.vertex(2));
        undo.undo();
        assertEquals(SQUARE, sketch.vertices());
        undo.redo();
        assertEquals(new Coordinate(2, 2), sketch.vertex(2));
        assertEquals(2.0, sketch.toGeometry().getArea(), 1e-12);
    }

    @Test
    void insertingThenDeletingAndUndoingBothRestoresTheRing() {
        GridSketch sketch = square();
        perform(new InsertVertex(sketch, 1, new Coordinate(0.5, -0.5)));
        assertEquals(5, sketch.size());
        assertEquals(new Coordinate(0.5, -0.5), sketch.vertex(1));
        perform(DeleteVertex.of(sketch, 3));
        assertEquals(List.of(new Coordinate(0, 0), new Coordinate(0.5, -0.5), new Coordinate(1, 0), new Coordinate(0, 1)),
                sketch.vertices());
        undo.undo();
        assertEquals(5, sketch.size());
        assertEquals(new Coordinate(1, 1), sketch.vertex(3));
        undo.undo();
        assertEquals(SQUARE, sketch.vertices());
        assertFalse(undo.canUndo());
        assertTrue(undo.canRedo());
    }

    @Test
    void aRingKeepsAtLeastThreeVertices() {
        GridSketch sketch = square();
        perform(DeleteVertex.of(sketch, 0));
        assertEquals(3, sketch.size());
        assertNull(DeleteVertex.of(sketch, 0));
    }

    @Test
    void drawingAppendsVerticesAndClosingMakesAPolygonThatUndoReopens() {
        GridSketch sketch = GridSketch.empty();
        assertNull(CloseRing.of(sketch));
        for (Coordinate c : SQUARE) {
            perform(InsertVertex.append(sketch, c));
        }
        assertNull(sketch.toGeometry(), "an open ring is no polygon yet");
        perform(CloseRing.of(sketch));
        Geometry polygon = sketch.toGeometry();
        assertTrue(polygon instanceof Polygon);
        assertTrue(polygon.isValid());
        undo.undo();
        assertFalse(sketch.closed());
        undo.undo();
        assertEquals(3, sketch.size(), "undo while drawing takes back the last vertex");
    }

    @Test
    void aMoveThatTwistsTheRingIsReportedWhereItCrosses() {
        GridSketch sketch = square();
        perform(new MoveVertex(sketch, 1, sketch.vertex(1), new Coordinate(1, 2)));
        perform(new MoveVertex(sketch, 2, sketch.vertex(2), new Coordinate(1, -1)));
        SketchValidity validity = SketchValidity.of(sketch);
        assertFalse(validity.valid());
        assertTrue(validity.message().contains("Self-intersection"), validity.message());
        // (0,0)→(1,2) crosses (1,−1)→(0,1) where y = 2x meets y = 1 − 2x
        assertEquals(0.25, validity.at().x, 1e-9);
        assertEquals(0.5, validity.at().y, 1e-9);
        undo.undo();
        undo.undo();
        assertTrue(SketchValidity.of(sketch).valid());
    }

    @Test
    void holesAndFurtherPartsOfAGridSurviveEditingItsOuterRing() {
        Polygon withHole = GridSketch.FACTORY.createPolygon(
                GridSketch.FACTORY.createLinearRing(new Coordinate[] {new Coordinate(0, 0), new Coordinate(4, 0),
                        new Coordinate(4, 4), new Coordinate(0, 4), new Coordinate(0, 0)}),
                new org.locationtech.jts.geom.LinearRing[] {GridSketch.FACTORY.createLinearRing(new Coordinate[] {
                        new Coordinate(1, 1), new Coordinate(2, 1), new Coordinate(2, 2), new Coordinate(1, 1)})});
        Polygon island = GridSketch.FACTORY.createPolygon(new Coordinate[] {new Coordinate(10, 10),
                new Coordinate(11, 10), new Coordinate(11, 11), new Coordinate(10, 10)});
        MultiPolygon grid = GridSketch.FACTORY.createMultiPolygon(new Polygon[] {withHole, island});
        GridSketch sketch = GridSketch.of(grid);
        perform(new MoveVertex(sketch, 2, sketch.vertex(2), new Coordinate(5, 5)));
        Geometry edited = sketch.toGeometry();
        assertEquals(2, edited.getNumGeometries());
        assertEquals(1, ((Polygon) edited.getGeometryN(0)).getNumInteriorRing());
        assertEquals(island, edited.getGeometryN(1));
    }
}
