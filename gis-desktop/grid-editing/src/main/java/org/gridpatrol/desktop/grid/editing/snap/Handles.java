package org.gridpatrol.desktop.grid.editing.snap;

import java.awt.geom.Point2D;
import java.util.List;
import org.gridpatrol.desktop.map.api.GeoProjection;
import org.locationtech.jts.geom.Coordinate;

/** Finds the sketch's own vertex or edge under the pointer, within a tolerance in pixels. */
public final class Handles {
    private Handles() {
    }

    /** @return the index of the nearest vertex within the tolerance, or −1 */
    public static int vertexAt(Point2D pointer, GeoProjection projection, List<Coordinate> vertices, double tolerancePx) {
        int best = -1;
        double bestD = tolerancePx;
        for (int i = 0; i < vertices.size(); i++) {
            double d = projection.toPixel(vertices.get(i)).distance(pointer);
            if (d <= bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /**
     * The edge of a closed ring nearest to the pointer within the tolerance.
     *
     * @return the edge and the lon/lat on it nearest to the pointer, or null
     */
    public static EdgeHit edgeAt(Point2D pointer, GeoProjection projection, List<Coordinate> vertices, double tolerancePx) {
        EdgeHit best = null;
        double bestD = tolerancePx;
        int n = vertices.size();
        for (int i = 0; i < n; i++) {
            Coordinate a = vertices.get(i);
            Coordinate b = vertices.get((i + 1) % n);
            Point2D pa = projection.toPixel(a);
            Point2D pb = projection.toPixel(b);
            double t = Snapper.along(pa, pb, pointer);
            Point2D foot = new Point2D.Double(pa.getX() + t * (pb.getX() - pa.getX()), pa.getY() + t * (pb.getY() - pa.getY()));
            double d = foot.distance(pointer);
            if (d <= bestD) {
                bestD = d;
                best = new EdgeHit(i + 1, new Coordinate(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)));
            }
        }
        return best;
    }

    /**
     * An edge under the pointer.
     *
     * @param insertAt the index a vertex inserted on it takes (the index of its end vertex)
     * @param at       the lon/lat on the edge nearest to the pointer
     */
    public record EdgeHit(int insertAt, Coordinate at) {
    }
}
