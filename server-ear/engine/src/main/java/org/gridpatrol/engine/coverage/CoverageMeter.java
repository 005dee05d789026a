package org.gridpatrol.engine.coverage;

import java.util.BitSet;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Measures the coverage of one grid by tracks, in a metric plane centred on the grid, on a raster
 * of cells (about 40,000 over the grid's box, never finer than 0.5 m): a cell counts as covered
 * when its centre is within the buffer of a track segment and inside the grid; the covered area
 * is their count times the cell's area. A day's track crossing itself thousands of times costs one interval per raster row per
 * segment this way, where a vector buffer of the same line took seconds (measured, see
 * tools/bench).
 *
 * <p>Each track is first cut to the grid's box widened by the buffer (the rest cannot reach the
 * grid). The painted geometry is the raster near the tracks outlined on blocks of about
 * {@code paintToleranceM}, simplified by the same tolerance and clipped to the grid.
 */
public final class CoverageMeter {
    /** About this many cells over the grid's box. */
    static final double CELLS = 40_000;
    static final double FINEST_CELL_M = 0.5;
    private static final GeometryFactory PLANE = new GeometryFactory(new PrecisionModel(), 0);

    private final double bufferM;
    private final double paintToleranceM;

    /**
     * @param bufferM         how near a track must come, metres (&gt; 0)
     * @param paintToleranceM how far the painted outline may stray from the covered cells, metres
     */
    public CoverageMeter(double bufferM, double paintToleranceM) {
        if (!(bufferM > 0)) {
            throw new IllegalArgumentException("buffer must be positive: " + bufferM);
        }
        this.bufferM = bufferM;
        this.paintToleranceM = paintToleranceM;
    }

    /** @return a meter with the given buffer, painted outlines within 2 m */
    public static CoverageMeter withBuffer(double bufferM) {
        return new CoverageMeter(bufferM, 2);
    }

    /**
     * @param grid    the grid's polygon or multipolygon, lon/lat
     * @param tracks  tracks in lon/lat, each a list of {lon, lat} in time order
     * @param streets street segments in lon/lat (may be empty)
     * @return the coverage
     */
    public Coverage measure(Geometry grid, List<double[][]> tracks, List<Geometry> streets) {
        Point centre = grid.getEnvelope().getCentroid();
        MetricPlane plane = new MetricPlane(centre.getX(), centre.getY());
        Geometry area = plane.toMetres(grid);
        Envelope box = new Envelope(area.getEnvelopeInternal());
        double cell = Math.max(FINEST_CELL_M, Math.sqrt(box.getArea() / CELLS));
        box.expandBy(cell);
        CellMask inside = new CellMask(box, cell);
        inside.fillPolygonal(area);
        CellMask near = new CellMask(box, cell);
        Envelope reach = new Envelope(box);
        reach.expandBy(bufferM);
        for (double[][] track : tracks) {
            for (Coordinate[] piece : TrackPieces.within(plane, track, reach)) {
                for (int i = 0; i < piece.length; i++) {
                    near.fillCapsule(piece[i == 0 ? 0 : i - 1], piece[i], bufferM);
                }
            }
        }
        BitSet covered = (BitSet) near.bits.clone();
        covered.and(inside.bits);
        double cellArea = cell * cell;
        double streetLength = 0;
        double walked = 0;
        for (Geometry street : streets) {
            Geometry within = area.intersection(plane.toMetres(street));
            streetLength += within.getLength();
            walked += StreetWalk.lengthCovered(within, near);
        }
        Geometry painted = covered.isEmpty() ? PLANE.createPolygon() : CoveredOutline.of(near, area, paintToleranceM);
        Geometry lonLat = plane.toLonLat(painted);
        lonLat.setSRID(4326);
        double gridArea = area.getArea();
        // a count of cell centres times the cell's area estimates an area without bias
        return new Coverage(gridArea, Math.min(gridArea, covered.cardinality() * cellArea), streetLength, walked, lonLat);
    }

    /** @return the metric-plane factory the pieces are built with */
    static GeometryFactory plane() {
        return PLANE;
    }
}
