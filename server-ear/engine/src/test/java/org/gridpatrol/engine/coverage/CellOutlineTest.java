package org.gridpatrol.engine.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.junit.jupiter.api.Test;

class CellOutlineTest {
    private static final GeometryFactory PLANE = new GeometryFactory();

    private static BitSet cells(int columns, String... rowsTopDown) {
        BitSet cells = new BitSet();
        for (int i = 0; i < rowsTopDown.length; i++) {
            int row = rowsTopDown.length - 1 - i;
            for (int c = 0; c < columns; c++) {
                if (rowsTopDown[i].charAt(c) == '#') {
                    cells.set(row * columns + c);
                }
            }
        }
        return cells;
    }

    /** The same cells united as unit squares, the slow way. */
    private static Geometry squares(BitSet cells, int columns) {
        List<Geometry> squares = new ArrayList<>();
        cells.stream().forEach(i -> squares.add(PLANE.toGeometry(new Envelope(i % columns, i % columns + 1, i / columns,
                i / columns + 1))));
        return UnaryUnionOp.union(squares);
    }

    @Test
    void aRingOfCellsIsOnePolygonWithAHole() {
        BitSet ring = cells(3, "###", "#.#", "###");
        Geometry outline = CellOutline.trace(ring, 3, 3, PLANE);
        assertEquals("Polygon", outline.getGeometryType());
        assertEquals(8, outline.getArea(), 1e-12);
        assertEquals(1, ((org.locationtech.jts.geom.Polygon) outline).getNumInteriorRing());
        assertEquals(10, outline.getNumPoints(), "four corners outside, four inside, each ring closed");
    }

    @Test
    void cellsMeetingOnlyAtACornerAreJoinedByOneCell() {
        // a cavity opening through a pinch: traced as it is, the shell would touch itself
        BitSet cavity = cells(4, "###.", "#..#", "####");
        assertEquals(cells(4, "###.", "#.##", "####"), CellOutline.withoutPinches(cavity, 4, 3));
        Geometry outline = CellOutline.trace(cavity, 4, 3, PLANE);
        assertTrue(IsValidOp.isValid(outline), new IsValidOp(outline).getValidationError() + "");
        assertEquals(10, outline.getArea(), 1e-12);
        BitSet diagonal = cells(2, ".#", "#.");
        assertEquals(3, CellOutline.withoutPinches(diagonal, 2, 2).cardinality());
        assertEquals("Polygon", CellOutline.trace(diagonal, 2, 2, PLANE).getGeometryType());
    }

    @Test
    void randomRastersAreOutlinedExactlyAsTheUnionOfTheirCellsWithPinchesClosed() {
        Random random = new Random(3);
        for (int run = 0; run < 40; run++) {
            int columns = 5 + random.nextInt(30);
            int rows = 5 + random.nextInt(30);
            double density = 0.2 + random.nextDouble() * 0.6;
            BitSet cells = new BitSet();
            for (int i = 0; i < columns * rows; i++) {
                if (random.nextDouble() < density) {
                    cells.set(i);
                }
            }
            BitSet closed = CellOutline.withoutPinches(cells, columns, rows);
            BitSet added = (BitSet) closed.clone();
            added.andNot(cells);
            BitSet lost = (BitSet) cells.clone();
            lost.andNot(closed);
            assertTrue(lost.isEmpty(), "closing pinches only sets cells");
            Geometry outline = CellOutline.trace(cells, columns, rows, PLANE);
            assertTrue(IsValidOp.isValid(outline), "run " + run + ": " + new IsValidOp(outline).getValidationError());
            assertEquals(closed.cardinality(), outline.getArea(), 1e-9, "run " + run);
            assertEquals(0, outline.symDifference(squares(closed, columns)).getArea(), 1e-9, "run " + run);
        }
    }

    @Test
    void noCellGivesAnEmptyGeometry() {
        assertTrue(CellOutline.trace(new BitSet(), 4, 4, PLANE).isEmpty());
    }
}
