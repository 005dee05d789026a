package org.gridpatrol.desktop.grid.editing.snap;

import java.awt.geom.Point2D;
import java.util.List;
import org.gridpatrol.desktop.map.api.GeoProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Snaps a pointer position to the neighbouring grids' vertices, or failing that to their
 * edges, when one is within a tolerance in screen pixels — so neighbours share borders
 * vertex for vertex and the server finds no sliver overlaps or gaps. Vertices win over
 * edges; among several, the nearest wins.
 */
public final class Snapper {
    private final double tolerancePx;

    /** @param tolerancePx how near, in pixels, a vertex or edge must be to catch the pointer */
    public Snapper(double tolerancePx) {
        this.tolerancePx = tolerancePx;
    }

    /** @return the tolerance in pixels */
    public double tolerancePx() {
        return tolerancePx;
    }

    /**
     * @param pointer    the pointer, in component pixels
     * @param projection the map's projection now
     * @param neighbours the geometries to snap to
     * @return the snapped position, or the pointer's own lon/lat with kind NONE
     */
    public Snap snap(Point2D pointer, GeoProjection projection, List<Geometry> neighbours) {
        Envelope near = nearby(pointer, projection);
        Coordinate bestVertex = null;
        double bestVertexD = tolerancePx;
        Coordinate bestEdge = null;
        double bestEdgeD = tolerancePx;
        for (Geometry neighbour : neighbours) {
            if (!neighbour.getEnvelopeInternal().intersects(near)) {
                continue;
            }
            for (LineString ring : rings(neighbour)) {
                Coordinate[] c = ring.getCoordinates();
                Point2D previous = null;
                for (int i = 0; i < c.length; i++) {
                    Point2D p = projection.toPixel(c[i]);
                    double d = p.distance(pointer);
                    if (d <= bestVertexD) {
                        bestVertexD = d;
                        bestVertex = new Coordinate(c[i].x, c[i].y);
                    }
                    if (previous != null && bestVertex == null) {
                        double t = along(previous, p, pointer);
                        Point2D foot = new Point2D.Double(previous.getX() + t * (p.getX() - previous.getX()),
                                previous.getY() + t * (p.getY() - previous.getY()));
                        double e = foot.distance(pointer);
                        if (e <= bestEdgeD) {
                            bestEdgeD = e;
                            bestEdge = new Coordinate(c[i - 1].x + t * (c[i].x - c[i - 1].x),
                                    c[i - 1].y + t * (c[i].y - c[i - 1].y));
                        }
                    }
                    previous = p;
                }
            }
        }
        if (bestVertex != null) {
            return new Snap(bestVertex, Snap.Kind.VERTEX);
        }
        if (bestEdge != null) {
            return new Snap(bestEdge, Snap.Kind.EDGE);
        }
        return new Snap(projection.toGeo(pointer), Snap.Kind.NONE);
    }

    /** The fraction along segment a→b of the point nearest to p, clamped to the segment. */
    static double along(Point2D a, Point2D b, Point2D p) {
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        double length2 = dx * dx + dy * dy;
        if (length2 == 0) {
            return 0;
        }
        double t = ((p.getX() - a.getX()) * dx + (p.getY() - a.getY()) * dy) / length2;
        return Math.max(0, Math.min(1, t));
    }

    private Envelope nearby(Point2D pointer, GeoProjection projection) {
        Coordinate a = projection.toGeo(new Point2D.Double(pointer.getX() - tolerancePx, pointer.getY() - tolerancePx));
        Coordinate b = projection.toGeo(new Point2D.Double(pointer.getX() + tolerancePx, pointer.getY() + tolerancePx));
        return new Envelope(a, b);
    }

    private static List<LineString> rings(Geometry geometry) {
        java.util.ArrayList<LineString> rings = new java.util.ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Polygon polygon) {
                rings.add(polygon.getExteriorRing());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    rings.add(polygon.getInteriorRingN(h));
                }
            } else if (part instanceof LineString line) {
                rings.add(line);
            }
        }
        return rings;
    }
}
