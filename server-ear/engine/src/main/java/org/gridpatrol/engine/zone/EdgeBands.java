package org.gridpatrol.engine.zone;

import org.locationtech.jts.algorithm.CGAlgorithmsDD;

/**
 * The exact point-in-polygon test behind boundary cells: a ray-crossing count over the edges
 * of the horizontal band the point falls in. Bands hold a handful of edges each, so a test is
 * a few robust orientation checks with no allocation, which is what keeps boundary cells cheap.
 *
 * <p>Points on an edge count as inside. Holes and the parts of a multipolygon need no special
 * treatment: crossing parity over all rings is the answer.
 */
final class EdgeBands {

    private final double[] xy;
    private final double minY;
    private final double invBandHeight;
    private final int bands;
    /** Edges of band b are edges[bandStart[b] .. bandStart[b+1]), each the index of its first x in xy. */
    private final int[] bandStart;
    private final int[] edges;

    EdgeBands(double[][] rings, double minY, double maxY) {
        int edgeCount = 0;
        int coordinateCount = 0;
        for (double[] ring : rings) {
            coordinateCount += ring.length;
            edgeCount += Math.max(0, ring.length / 2 - 1);
        }
        this.xy = new double[coordinateCount];
        int[] starts = new int[edgeCount];
        int at = 0;
        int e = 0;
        for (double[] ring : rings) {
            System.arraycopy(ring, 0, xy, at, ring.length);
            for (int i = 0; i + 3 < ring.length; i += 2) {
                starts[e++] = at + i;
            }
            at += ring.length;
        }
        this.minY = minY;
        // About two edges per band keeps the lists short without blowing up the index.
        this.bands = Math.max(1, edgeCount / 2);
        double height = Math.max(maxY - minY, 1e-12);
        this.invBandHeight = bands / height;
        int[] counts = new int[bands + 1];
        for (int s : starts) {
            for (int b = band(Math.min(xy[s + 1], xy[s + 3])); b <= band(Math.max(xy[s + 1], xy[s + 3])); b++) {
                counts[b + 1]++;
            }
        }
        for (int b = 0; b < bands; b++) {
            counts[b + 1] += counts[b];
        }
        this.bandStart = counts.clone();
        this.edges = new int[counts[bands]];
        for (int s : starts) {
            for (int b = band(Math.min(xy[s + 1], xy[s + 3])); b <= band(Math.max(xy[s + 1], xy[s + 3])); b++) {
                edges[counts[b]++] = s;
            }
        }
    }

    private int band(double y) {
        int b = (int) ((y - minY) * invBandHeight);
        return b < 0 ? 0 : Math.min(b, bands - 1);
    }

    /** Inside or on the boundary; the caller has checked the envelope. */
    boolean covers(double px, double py) {
        int b = band(py);
        int crossings = 0;
        for (int k = bandStart[b], end = bandStart[b + 1]; k < end; k++) {
            int s = edges[k];
            double x1 = xy[s];
            double y1 = xy[s + 1];
            double x2 = xy[s + 2];
            double y2 = xy[s + 3];
            if (x1 < px && x2 < px) {
                continue;
            }
            if (px == x2 && py == y2 || px == x1 && py == y1) {
                return true;
            }
            if (y1 == py && y2 == py) {
                if (Math.min(x1, x2) <= px && px <= Math.max(x1, x2)) {
                    return true;
                }
                continue;
            }
            // The half-open rule counts a vertex on the ray once.
            if ((y1 > py) != (y2 > py)) {
                int side = CGAlgorithmsDD.orientationIndex(x1, y1, x2, y2, px, py);
                if (side == 0) {
                    return true;
                }
                if ((y2 < y1 ? -side : side) > 0) {
                    crossings++;
                }
            }
        }
        return (crossings & 1) == 1;
    }
}
