package org.gridpatrol.engine.coverage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The outline of the set cells of a raster, traced along the cell edges into valid polygons, in
 * cell units (cell (c, r) is the square [c, c+1] × [r, r+1]). Tracing costs one step per boundary
 * edge, where uniting the cells as rectangles took an overlay of thousands of them per grid.
 *
 * <p>Where two set cells meet only at a corner (a pinch), one of the two clear cells beside them is
 * set first: a ring through a pinch would touch itself, which JTS does not accept, and for
 * painting one cell more at a pinch is below the tolerance the raster is read with. Without
 * pinches every corner has at most one boundary edge in and one out, so the rings are simple.
 * Every boundary edge is directed with its set cell on the left, so shells run anticlockwise and
 * holes clockwise; a ring belongs to the connected group of cells on its left, whose one
 * anticlockwise ring is its shell and whose clockwise rings are its holes.
 */
final class CellOutline {
    private static final int[] DX = {1, 0, -1, 0}; // east, north, west, south
    private static final int[] DY = {0, 1, 0, -1};

    private final BitSet cells;
    private final int columns;
    private final int rows;

    private CellOutline(BitSet cells, int columns, int rows) {
        this.cells = cells;
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * @param cells   set cells, index {@code row * columns + column}
     * @param factory builds the result
     * @return the set cells as a polygon or multipolygon in cell units; empty when none is set
     */
    static Geometry trace(BitSet cells, int columns, int rows, GeometryFactory factory) {
        return new CellOutline(withoutPinches(cells, columns, rows), columns, rows).polygons(factory);
    }

    /** @return a copy of the cells where every pinch is closed by setting a clear cell beside it */
    static BitSet withoutPinches(BitSet cells, int columns, int rows) {
        BitSet closed = (BitSet) cells.clone();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r + 1 < rows; r++) {
                for (int c = 0; c + 1 < columns; c++) {
                    boolean sw = closed.get(r * columns + c);
                    boolean se = closed.get(r * columns + c + 1);
                    boolean nw = closed.get((r + 1) * columns + c);
                    boolean ne = closed.get((r + 1) * columns + c + 1);
                    if (sw == ne && se == nw && sw != se) {
                        closed.set(sw ? r * columns + c + 1 : r * columns + c);
                        changed = true;
                    }
                }
            }
        }
        return closed;
    }

    private boolean on(int column, int row) {
        return column >= 0 && row >= 0 && column < columns && row < rows && cells.get(row * columns + column);
    }

    private Geometry polygons(GeometryFactory factory) {
        int[] group = groups();
        Map<Integer, LinearRing> shells = new LinkedHashMap<>();
        Map<Integer, List<LinearRing>> holes = new HashMap<>();
        BitSet used = new BitSet((columns + 1) * (rows + 1) * 4);
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                for (int d = 0; d < 4; d++) {
                    if (used.get(((r * (columns + 1)) + c) * 4 + d) || !edge(c, r, d)) {
                        continue;
                    }
                    Coordinate[] ring = ring(c, r, d, used);
                    int owner = group[leftCell(c, r, d)];
                    if (signedArea(ring) > 0) {
                        shells.put(owner, factory.createLinearRing(ring));
                    } else {
                        holes.computeIfAbsent(owner, k -> new ArrayList<>()).add(factory.createLinearRing(ring));
                    }
                }
            }
        }
        Polygon[] polygons = shells.entrySet().stream().map(s -> factory.createPolygon(s.getValue(),
                holes.getOrDefault(s.getKey(), List.of()).toArray(LinearRing[]::new))).toArray(Polygon[]::new);
        return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    /** @return for each set cell, a number shared by the cells 4-connected to it (flood fill) */
    private int[] groups() {
        int[] group = new int[columns * rows];
        java.util.Arrays.fill(group, -1);
        int[] stack = new int[columns * rows];
        int groups = 0;
        for (int seed = cells.nextSetBit(0); seed >= 0; seed = cells.nextSetBit(seed + 1)) {
            if (group[seed] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = seed;
            group[seed] = groups;
            while (top > 0) {
                int cell = stack[--top];
                int column = cell % columns;
                int row = cell / columns;
                for (int d = 0; d < 4; d++) {
                    if (on(column + DX[d], row + DY[d])) {
                        int neighbour = (row + DY[d]) * columns + column + DX[d];
                        if (group[neighbour] < 0) {
                            group[neighbour] = groups;
                            stack[top++] = neighbour;
                        }
                    }
                }
            }
            groups++;
        }
        return group;
    }

    /** @return whether a boundary edge leaves vertex (c, r) in direction d with a set cell on its left */
    private boolean edge(int c, int r, int d) {
        int left = leftCell(c, r, d);
        return left >= 0 && cells.get(left) && !on(rightColumn(c, d), rightRow(r, d));
    }

    /** @return index of the cell left of the unit edge from (c, r) in direction d, or -1 outside the raster */
    private int leftCell(int c, int r, int d) {
        int column = d == 0 || d == 3 ? c : c - 1;
        int row = d == 0 || d == 1 ? r : r - 1;
        return column >= 0 && row >= 0 && column < columns && row < rows ? row * columns + column : -1;
    }

    private static int rightColumn(int c, int d) {
        return d == 0 || d == 1 ? c : c - 1;
    }

    private static int rightRow(int r, int d) {
        return d == 1 || d == 2 ? r : r - 1;
    }

    /** Follows the boundary from the edge (c, r, d) back to it, keeping the corners only. */
    private Coordinate[] ring(int c0, int r0, int d0, BitSet used) {
        List<Coordinate> corners = new ArrayList<>();
        int c = c0;
        int r = r0;
        int d = d0;
        do {
            used.set(((r * (columns + 1)) + c) * 4 + d);
            c += DX[d];
            r += DY[d];
            int next = turn(c, r, d);
            if (next != d) {
                corners.add(new Coordinate(c, r));
            }
            d = next;
        } while (c != c0 || r != r0 || d != d0);
        corners.add(new Coordinate(corners.get(0)));
        return corners.toArray(Coordinate[]::new);
    }

    /** @return the direction to leave vertex (c, r) after arriving in direction d (there is one, no pinch) */
    private int turn(int c, int r, int d) {
        for (int t : new int[] {1, 0, 3}) {
            int next = (d + t) % 4;
            if (edge(c, r, next)) {
                return next;
            }
        }
        throw new IllegalStateException("the boundary stops at " + c + ", " + r);
    }

    private static double signedArea(Coordinate[] ring) {
        double sum = 0;
        for (int i = 1; i < ring.length; i++) {
            sum += ring[i - 1].x * ring[i].y - ring[i].x * ring[i - 1].y;
        }
        return sum / 2;
    }
}
