package org.gridpatrol.engine.coverage;

import java.util.BitSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * A raster of square cells over a box in the metric plane, one bit per cell, set where the cell's
 * centre is inside a shape. Rows are filled as intervals (scan lines), so marking the cells near a
 * track segment costs one interval per row it crosses, whatever the buffer.
 */
final class CellMask {
    final Envelope box;
    final double cell;
    final int columns;
    final int rows;
    final BitSet bits;

    CellMask(Envelope box, double cell) {
        this.box = box;
        this.cell = cell;
        this.columns = Math.max(1, (int) Math.ceil(box.getWidth() / cell));
        this.rows = Math.max(1, (int) Math.ceil(box.getHeight() / cell));
        this.bits = new BitSet(columns * rows);
    }

    double centreY(int row) {
        return box.getMinY() + (row + 0.5) * cell;
    }

    double centreX(int column) {
        return box.getMinX() + (column + 0.5) * cell;
    }

    /** Sets the cells of the row whose centres lie in [x0, x1]. */
    void fill(int row, double x0, double x1) {
        int from = Math.max(0, (int) Math.ceil((x0 - box.getMinX()) / cell - 0.5));
        int to = Math.min(columns - 1, (int) Math.floor((x1 - box.getMinX()) / cell - 0.5));
        if (from <= to) {
            bits.set(row * columns + from, row * columns + to + 1);
        }
    }

    /** Sets the cells whose centres are inside the polygonal geometry (even-odd over all rings). */
    void fillPolygonal(Geometry area) {
        double[] crossings = new double[16];
        for (int row = 0; row < rows; row++) {
            double y = centreY(row);
            int n = 0;
            for (int g = 0; g < area.getNumGeometries(); g++) {
                if (!(area.getGeometryN(g) instanceof Polygon polygon)) {
                    continue;
                }
                for (int r = -1; r < polygon.getNumInteriorRing(); r++) {
                    LineString ring = r < 0 ? polygon.getExteriorRing() : polygon.getInteriorRingN(r);
                    Coordinate[] c = ring.getCoordinates();
                    for (int i = 1; i < c.length; i++) {
                        Coordinate a = c[i - 1];
                        Coordinate b = c[i];
                        if ((a.y <= y) != (b.y <= y)) {
                            if (n == crossings.length) {
                                crossings = java.util.Arrays.copyOf(crossings, n * 2);
                            }
                            crossings[n++] = a.x + (y - a.y) * (b.x - a.x) / (b.y - a.y);
                        }
                    }
                }
            }
            java.util.Arrays.sort(crossings, 0, n);
            for (int i = 0; i + 1 < n; i += 2) {
                fill(row, crossings[i], crossings[i + 1]);
            }
        }
    }

    /** Sets the cells whose centres lie within {@code radius} of the segment a–b (a capsule). */
    void fillCapsule(Coordinate a, Coordinate b, double radius) {
        int first = Math.max(0, (int) Math.floor((Math.min(a.y, b.y) - radius - box.getMinY()) / cell));
        int last = Math.min(rows - 1, (int) Math.ceil((Math.max(a.y, b.y) + radius - box.getMinY()) / cell));
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double length = Math.hypot(dx, dy);
        double ux = length > 0 ? dx / length : 0;
        double uy = length > 0 ? dy / length : 0;
        double r2 = radius * radius;
        for (int row = first; row <= last; row++) {
            double y = centreY(row);
            // the capsule is convex: its trace on the row is the hull of the traces of its two discs and its band
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            double ha = r2 - (y - a.y) * (y - a.y);
            if (ha >= 0) {
                double w = Math.sqrt(ha);
                lo = a.x - w;
                hi = a.x + w;
            }
            double hb = r2 - (y - b.y) * (y - b.y);
            if (hb >= 0) {
                double w = Math.sqrt(hb);
                lo = Math.min(lo, b.x - w);
                hi = Math.max(hi, b.x + w);
            }
            if (length > 0 && Math.abs(uy) > 1e-12) {
                // band: 0 <= (p-a)·u <= length and |(p-a)·n| <= radius, both linear in x along the row
                double ry = y - a.y;
                double bandLo = Double.NEGATIVE_INFINITY;
                double bandHi = Double.POSITIVE_INFINITY;
                if (Math.abs(ux) > 1e-12) {
                    double t1 = -ry * uy / ux;
                    double t2 = (length - ry * uy) / ux;
                    bandLo = Math.min(t1, t2);
                    bandHi = Math.max(t1, t2);
                } else if (ry * uy < 0 || ry * uy > length) {
                    bandLo = 1;
                    bandHi = 0;
                }
                double t3 = (ry * ux - radius) / uy;
                double t4 = (ry * ux + radius) / uy;
                bandLo = Math.max(bandLo, Math.min(t3, t4));
                bandHi = Math.min(bandHi, Math.max(t3, t4));
                if (bandLo <= bandHi) {
                    lo = Math.min(lo, a.x + bandLo);
                    hi = Math.max(hi, a.x + bandHi);
                }
            } else if (length > 0 && Math.abs(y - a.y) <= radius) {
                // a horizontal segment: the band spans it whole on every row within the radius
                lo = Math.min(lo, Math.min(a.x, b.x));
                hi = Math.max(hi, Math.max(a.x, b.x));
            }
            if (lo <= hi) {
                fill(row, lo, hi);
            }
        }
    }
}
