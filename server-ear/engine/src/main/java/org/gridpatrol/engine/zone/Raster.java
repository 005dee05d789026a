package org.gridpatrol.engine.zone;

import org.locationtech.jts.geom.Envelope;

/**
 * A uniform lattice of cells over a fixed lon/lat extent, grouped in square blocks of
 * {@value #BLOCK} × {@value #BLOCK} cells so that an update copies only the blocks it touches.
 * Cells are roughly square in metres at the extent's middle latitude.
 */
final class Raster {

    static final int BLOCK_SHIFT = 6;
    static final int BLOCK = 1 << BLOCK_SHIFT;
    static final int BLOCK_MASK = BLOCK - 1;

    final Envelope extent;
    final double minX;
    final double minY;
    final double dx;
    final double dy;
    final double invDx;
    final double invDy;
    final int cols;
    final int rows;
    final int blockCols;
    final int blockRows;
    /** Slack added around a cell when deciding what touches it; dwarfs the rounding of col()/row(). */
    final double epsX;
    final double epsY;

    Raster(Envelope extent, double cellMetres) {
        if (extent.isNull() || extent.getWidth() <= 0 || extent.getHeight() <= 0) {
            throw new IllegalArgumentException("raster extent must have an area: " + extent);
        }
        if (!(cellMetres > 0)) {
            throw new IllegalArgumentException("cell size must be positive: " + cellMetres);
        }
        double midLat = (extent.getMinY() + extent.getMaxY()) / 2;
        this.dx = LocalPlane.lonDegrees(cellMetres, midLat);
        this.dy = LocalPlane.latDegrees(cellMetres);
        this.invDx = 1 / dx;
        this.invDy = 1 / dy;
        long c = (long) Math.ceil(extent.getWidth() * invDx);
        long r = (long) Math.ceil(extent.getHeight() * invDy);
        this.blockCols = (int) ((c + BLOCK - 1) >> BLOCK_SHIFT);
        this.blockRows = (int) ((r + BLOCK - 1) >> BLOCK_SHIFT);
        if ((long) blockCols * blockRows * BLOCK * BLOCK > Integer.MAX_VALUE / 2) {
            throw new IllegalArgumentException("too many cells: " + c + " × " + r);
        }
        this.cols = blockCols << BLOCK_SHIFT;
        this.rows = blockRows << BLOCK_SHIFT;
        this.minX = extent.getMinX();
        this.minY = extent.getMinY();
        this.extent = new Envelope(minX, minX + cols * dx, minY, minY + rows * dy);
        this.epsX = dx * 1e-6;
        this.epsY = dy * 1e-6;
    }

    /** Column of a longitude; may be outside [0, cols). */
    int col(double lon) {
        return (int) Math.floor((lon - minX) * invDx);
    }

    /** Row of a latitude; may be outside [0, rows). */
    int row(double lat) {
        return (int) Math.floor((lat - minY) * invDy);
    }

    double cellMinX(int col) {
        return minX + col * dx;
    }

    double cellMinY(int row) {
        return minY + row * dy;
    }

    int blockIndex(int col, int row) {
        return (row >> BLOCK_SHIFT) * blockCols + (col >> BLOCK_SHIFT);
    }

    static int cellInBlock(int col, int row) {
        return ((row & BLOCK_MASK) << BLOCK_SHIFT) | (col & BLOCK_MASK);
    }

    int blockCount() {
        return blockCols * blockRows;
    }

    /** True when every point of the envelope falls in a cell of this raster (the far edges are open). */
    boolean holds(Envelope envelope) {
        return envelope.getMinX() >= extent.getMinX() && envelope.getMaxX() < extent.getMaxX()
                && envelope.getMinY() >= extent.getMinY() && envelope.getMaxY() < extent.getMaxY();
    }
}
