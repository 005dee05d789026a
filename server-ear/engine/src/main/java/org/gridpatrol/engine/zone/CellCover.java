package org.gridpatrol.engine.zone;

/**
 * How one grid covers the raster cells under its envelope: each cell is INSIDE (every point of
 * it is in the grid), OUTSIDE, or BOUNDARY (an edge of the grid touches it, so a point there
 * needs the exact test).
 *
 * <p>Cells an edge touches are found per column slab of each segment, with a small slack so a
 * point that rounds into a neighbouring cell is still classified correctly. Between boundary
 * cells of a row the state cannot change, so only one cell per run is tested exactly.
 */
final class CellCover {

    static final byte OUTSIDE = 0;
    static final byte INSIDE = 1;
    static final byte BOUNDARY = 2;
    private static final byte UNKNOWN = 3;

    final int col0;
    final int row0;
    final int width;
    final int height;
    private final byte[] states;

    private CellCover(int col0, int row0, int width, int height, byte[] states) {
        this.col0 = col0;
        this.row0 = row0;
        this.width = width;
        this.height = height;
        this.states = states;
    }

    /** The cells of the raster under the shape's envelope; empty when the shape lies off the raster. */
    static CellCover of(GridShape shape, Raster raster) {
        int c0 = Math.max(0, raster.col(shape.envelope.getMinX()));
        int c1 = Math.min(raster.cols - 1, raster.col(shape.envelope.getMaxX()));
        int r0 = Math.max(0, raster.row(shape.envelope.getMinY()));
        int r1 = Math.min(raster.rows - 1, raster.row(shape.envelope.getMaxY()));
        if (c0 > c1 || r0 > r1) {
            return new CellCover(0, 0, 0, 0, new byte[0]);
        }
        byte[] states = new byte[(c1 - c0 + 1) * (r1 - r0 + 1)];
        java.util.Arrays.fill(states, UNKNOWN);
        CellCover cover = new CellCover(c0, r0, c1 - c0 + 1, r1 - r0 + 1, states);
        for (double[] ring : shape.rings()) {
            for (int i = 2; i < ring.length; i += 2) {
                cover.markSegment(raster, ring[i - 2], ring[i - 1], ring[i], ring[i + 1]);
            }
        }
        cover.fillRuns(raster, shape);
        return cover;
    }

    boolean isEmpty() {
        return width == 0;
    }

    /** State of a raster cell; OUTSIDE beyond this cover. */
    byte stateAt(int col, int row) {
        int x = col - col0;
        int y = row - row0;
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return OUTSIDE;
        }
        return states[y * width + x];
    }

    private void markSegment(Raster raster, double ax, double ay, double bx, double by) {
        double minX = Math.min(ax, bx);
        double maxX = Math.max(ax, bx);
        int firstCol = Math.max(col0, raster.col(minX - raster.epsX));
        int lastCol = Math.min(col0 + width - 1, raster.col(maxX + raster.epsX));
        for (int col = firstCol; col <= lastCol; col++) {
            // The part of the segment inside this column's slab (widened by the slack).
            double slabMin = Math.max(minX, raster.cellMinX(col) - raster.epsX);
            double slabMax = Math.min(maxX, raster.cellMinX(col + 1) + raster.epsX);
            double y1;
            double y2;
            if (ax == bx) {
                y1 = ay;
                y2 = by;
            } else {
                double slope = (by - ay) / (bx - ax);
                y1 = ay + (slabMin - ax) * slope;
                y2 = ay + (slabMax - ax) * slope;
            }
            int firstRow = Math.max(row0, raster.row(Math.min(y1, y2) - raster.epsY));
            int lastRow = Math.min(row0 + height - 1, raster.row(Math.max(y1, y2) + raster.epsY));
            for (int row = firstRow; row <= lastRow; row++) {
                states[(row - row0) * width + (col - col0)] = BOUNDARY;
            }
        }
    }

    private void fillRuns(Raster raster, GridShape shape) {
        for (int y = 0; y < height; y++) {
            byte runState = UNKNOWN;
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                if (states[i] == BOUNDARY) {
                    runState = UNKNOWN;
                    continue;
                }
                if (runState == UNKNOWN) {
                    double cx = raster.cellMinX(col0 + x) + raster.dx / 2;
                    double cy = raster.cellMinY(row0 + y) + raster.dy / 2;
                    runState = shape.covers(cx, cy) ? INSIDE : OUTSIDE;
                }
                states[i] = runState;
            }
        }
    }
}
