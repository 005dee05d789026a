package org.gridpatrol.engine.coverage;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Measures the coverage of one grid by tracks: buffer the tracks, intersect with the grid, and
 * with the grid's streets. Everything runs in a metric plane centred on the grid.
 *
 * <p>Two shortcuts keep a city's day affordable, both bounded by a stated tolerance: each track
 * is first cut to the grid's envelope widened by the buffer (the rest cannot reach the grid), and
 * simplified by {@code trackToleranceM} before buffering (a point moves at most that far, so the
 * covered edge moves at most that far).
 */
public final class CoverageMeter {
    private static final GeometryFactory PLANE = new GeometryFactory(new PrecisionModel(), 0);

    private final double bufferM;
    private final double trackToleranceM;
    private final double paintToleranceM;

    /**
     * @param bufferM         how near a track must come, metres (&gt; 0)
     * @param trackToleranceM how far simplifying a track before buffering may move a point, metres
     * @param paintToleranceM how far simplifying the covered geometry for painting may move a point, metres
     */
    public CoverageMeter(double bufferM, double trackToleranceM, double paintToleranceM) {
        if (!(bufferM > 0)) {
            throw new IllegalArgumentException("buffer must be positive: " + bufferM);
        }
        this.bufferM = bufferM;
        this.trackToleranceM = trackToleranceM;
        this.paintToleranceM = paintToleranceM;
    }

    /** @return a meter with the given buffer, tracks simplified by 1 m and the painted area by 2 m */
    public static CoverageMeter withBuffer(double bufferM) {
        return new CoverageMeter(bufferM, 1, 2);
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
        Envelope reach = new Envelope(area.getEnvelopeInternal());
        reach.expandBy(bufferM * 2);
        Geometry buffered = buffer(plane, tracks, reach);
        Geometry covered = buffered.isEmpty() ? PLANE.createPolygon() : area.intersection(buffered);
        double streetLength = 0;
        double walked = 0;
        for (Geometry street : streets) {
            Geometry inside = area.intersection(plane.toMetres(street));
            if (inside.isEmpty()) {
                continue;
            }
            streetLength += inside.getLength();
            if (!covered.isEmpty()) {
                walked += inside.intersection(buffered).getLength();
            }
        }
        Geometry painted = covered.isEmpty() ? covered : TopologyPreservingSimplifier.simplify(covered, paintToleranceM);
        Geometry lonLat = plane.toLonLat(painted);
        lonLat.setSRID(4326);
        return new Coverage(area.getArea(), covered.getArea(), streetLength, walked, lonLat);
    }

    private Geometry buffer(MetricPlane plane, List<double[][]> tracks, Envelope reach) {
        List<Geometry> parts = new ArrayList<>();
        for (double[][] track : tracks) {
            for (Geometry piece : TrackPieces.within(plane, track, reach)) {
                Geometry simple = trackToleranceM > 0 ? DouglasPeuckerSimplifier.simplify(piece, trackToleranceM) : piece;
                parts.add(BufferOp.bufferOp(simple, bufferM, new BufferParameters(4)));
            }
        }
        return parts.isEmpty() ? PLANE.createPolygon() : UnaryUnionOp.union(parts);
    }

    /** @return the metric-plane factory the pieces are built with */
    static GeometryFactory plane() {
        return PLANE;
    }

    static LineString line(org.locationtech.jts.geom.Coordinate[] coordinates) {
        return PLANE.createLineString(coordinates);
    }
}
