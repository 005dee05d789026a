package org.gridpatrol.desktop.map.layers;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import org.jxmapviewer.viewer.GeoPosition;
import org.jxmapviewer.viewer.TileFactory;
import org.jxmapviewer.viewer.TileFactoryInfo;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Projects lon/lat into the map's world pixels at one zoom level (the viewer's
 * viewport is a window on them). Painters project once per zoom and translate by the
 * viewport, so panning costs no projection.
 */
public final class WorldPixels {
    /** Vertices closer than this (in pixels) to the previous one are not drawn. */
    public static final double MIN_STEP = 1.0;

    private final TileFactory tiles;
    private final int zoom;
    private final boolean mercator;
    private final double centreX;
    private final double centreY;
    private final double degreeWidth;
    private final double radianWidth;

    /** @param tiles the viewer's tile factory; @param zoom the zoom level */
    public WorldPixels(TileFactory tiles, int zoom) {
        this.tiles = tiles;
        this.zoom = zoom;
        TileFactoryInfo info = tiles.getInfo();
        Point2D centre = info.getMapCenterInPixelsAtZoom(zoom);
        centreX = centre.getX();
        centreY = centre.getY();
        degreeWidth = info.getLongitudeDegreeWidthInPixels(zoom);
        radianWidth = info.getLongitudeRadianWidthInPixels(zoom);
        mercator = usesTheLibrarysMercator(tiles);
    }

    /**
     * @return the world pixel of lon/lat: JXMapViewer's own spherical Mercator formula, computed
     *         here without its two allocations per point (a city's grids have some 100,000 vertices)
     */
    public Point2D point(double lon, double lat) {
        if (!mercator) {
            return tiles.geoToPixel(new GeoPosition(lat, lon), zoom);
        }
        double e = Math.max(-0.9999, Math.min(0.9999, Math.sin(Math.toRadians(lat))));
        return new Point2D.Double(centreX + lon * degreeWidth, centreY - 0.5 * Math.log((1 + e) / (1 - e)) * radianWidth);
    }

    private static boolean usesTheLibrarysMercator(TileFactory tiles) {
        try {
            return tiles.getClass().getMethod("geoToPixel", GeoPosition.class, int.class).getDeclaringClass()
                    == TileFactory.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** @return the outline of a polygonal geometry (holes included, even-odd filled) */
    public Path2D.Float path(Geometry polygonal) {
        Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            if (polygonal.getGeometryN(i) instanceof Polygon polygon) {
                ring(path, polygon.getExteriorRing());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    ring(path, polygon.getInteriorRingN(h));
                }
            }
        }
        return path;
    }

    /**
     * Adds a ring, leaving out vertices less than {@link #MIN_STEP} pixels from the last one
     * kept: at overview zooms a 60-vertex block is a dozen pixels wide and most of its
     * vertices would fall on the same pixel.
     */
    private void ring(Path2D.Float path, LineString ring) {
        Coordinate[] coordinates = ring.getCoordinates();
        double lastX = 0;
        double lastY = 0;
        for (int i = 0; i < coordinates.length; i++) {
            Point2D p = point(coordinates[i].x, coordinates[i].y);
            if (i == 0) {
                path.moveTo(p.getX(), p.getY());
            } else if (Math.abs(p.getX() - lastX) < MIN_STEP && Math.abs(p.getY() - lastY) < MIN_STEP
                    && i < coordinates.length - 1) {
                continue;
            } else {
                path.lineTo(p.getX(), p.getY());
            }
            lastX = p.getX();
            lastY = p.getY();
        }
        path.closePath();
    }
}
