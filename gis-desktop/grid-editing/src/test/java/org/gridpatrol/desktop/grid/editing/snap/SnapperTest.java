package org.gridpatrol.desktop.grid.editing.snap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.util.List;
import org.gridpatrol.desktop.grid.editing.sketch.GridSketch;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

class SnapperTest {
    // 100 000 px per degree: 1 px = 1e-5° (about a metre); the neighbour is a 0.001° square
    private final LinearProjection projection = new LinearProjection(117.0, 33.0, 100_000);
    private final Polygon neighbour = square(117.001, 32.998, 0.001);
    private final Snapper snapper = new Snapper(8);

    static Polygon square(double lon, double lat, double side) {
        return GridSketch.FACTORY.createPolygon(new Coordinate[] {new Coordinate(lon, lat),
                new Coordinate(lon + side, lat), new Coordinate(lon + side, lat + side),
                new Coordinate(lon, lat + side), new Coordinate(lon, lat)});
    }

    private Point2D near(double lon, double lat, double dx, double dy) {
        Point2D p = projection.toPixel(new Coordinate(lon, lat));
        return new Point2D.Double(p.getX() + dx, p.getY() + dy);
    }

    @Test
    void aPointerFivePixelsFromANeighboursVertexLandsExactlyOnIt() {
        Snap snap = snapper.snap(near(117.002, 32.999, 3, -4), projection, List.of(neighbour));
        assertEquals(Snap.Kind.VERTEX, snap.kind());
        Coordinate northEast = neighbour.getExteriorRing().getCoordinateN(2);
        assertEquals(northEast.x, snap.at().x, 0, "the neighbour's own double, not a rounded one");
        assertEquals(northEast.y, snap.at().y, 0);
    }

    @Test
    void aPointerNearAnEdgeButFarFromVerticesLandsOnTheEdge() {
        // the east edge runs lon 117.002 from lat 32.998 to 32.999; point 6 px east of its middle
        Snap snap = snapper.snap(near(117.002, 32.9985, 6, 0), projection, List.of(neighbour));
        assertEquals(Snap.Kind.EDGE, snap.kind());
        assertEquals(117.002, snap.at().x, 1e-12);
        assertEquals(32.9985, snap.at().y, 1e-9);
        assertTrue(neighbour.getExteriorRing().distance(GridSketch.FACTORY.createPoint(snap.at())) < 1e-12);
    }

    @Test
    void aVertexWithinToleranceWinsOverANearerEdge() {
        // 1 px from the south edge, 7 px along it from the south-west corner
        Snap snap = snapper.snap(near(117.001, 32.998, 7, -1), projection, List.of(neighbour));
        assertEquals(Snap.Kind.VERTEX, snap.kind());
        assertEquals(neighbour.getExteriorRing().getCoordinateN(0), snap.at());
    }

    @Test
    void nothingWithinTolerancePixelsLeavesThePointerWhereItIs() {
        Point2D pointer = near(117.002, 32.9985, 12, 0);
        Snap snap = snapper.snap(pointer, projection, List.of(neighbour));
        assertEquals(Snap.Kind.NONE, snap.kind());
        assertEquals(projection.toGeo(pointer), snap.at());
    }

    @Test
    void theToleranceIsInPixelsSoZoomingOutCatchesFromFurtherAway() {
        // 0.0001° east of the corner: 10 px at this scale (no snap), 1 px when zoomed out ten times
        Coordinate off = new Coordinate(117.0021, 32.999);
        List<Geometry> neighbours = List.of(neighbour);
        assertEquals(Snap.Kind.NONE, snapper.snap(projection.toPixel(off), projection, neighbours).kind());
        LinearProjection zoomedOut = new LinearProjection(117.0, 33.0, 10_000);
        assertEquals(Snap.Kind.VERTEX, snapper.snap(zoomedOut.toPixel(off), zoomedOut, neighbours).kind());
    }

    @Test
    void theNearestOfTwoNeighboursVerticesWins() {
        Polygon east = square(117.002, 32.998, 0.001);
        // neighbour's NE corner (117.002, 32.999) is shared with east's NW corner; east's NE is far
        Snap snap = snapper.snap(near(117.002, 32.999, 2, 2), projection, List.of(neighbour, east));
        assertEquals(neighbour.getExteriorRing().getCoordinateN(2), snap.at());
    }
}
