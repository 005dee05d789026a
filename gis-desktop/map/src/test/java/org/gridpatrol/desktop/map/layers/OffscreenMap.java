package org.gridpatrol.desktop.map.layers;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import org.gridpatrol.desktop.map.basemap.PlainTileFactory;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.viewer.GeoPosition;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** A map viewer that is never shown, and helpers to draw it into an image and read pixels. */
final class OffscreenMap {
    static final GeometryFactory GEOMETRY = new GeometryFactory();

    final JXMapViewer viewer = new JXMapViewer();

    OffscreenMap(int width, int height, int zoom, double lon, double lat) {
        viewer.setTileFactory(new PlainTileFactory());
        viewer.setSize(width, height);
        viewer.setZoom(zoom);
        viewer.setCenterPosition(new GeoPosition(lat, lon));
    }

    /** Draws the layers over white into a new image. */
    BufferedImage render(MapLayers layers) {
        BufferedImage image = new BufferedImage(viewer.getWidth(), viewer.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        layers.painter().paint(g, viewer, viewer.getWidth(), viewer.getHeight());
        g.dispose();
        return image;
    }

    Point2D pixel(double lon, double lat) {
        return viewer.convertGeoPositionToPoint(new GeoPosition(lat, lon));
    }

    static Color at(BufferedImage image, Point2D p) {
        return new Color(image.getRGB((int) Math.round(p.getX()), (int) Math.round(p.getY())));
    }

    static MultiPolygon box(double minLon, double minLat, double maxLon, double maxLat) {
        Polygon polygon = GEOMETRY.createPolygon(new Coordinate[] {new Coordinate(minLon, minLat),
                new Coordinate(maxLon, minLat), new Coordinate(maxLon, maxLat), new Coordinate(minLon, maxLat),
                new Coordinate(minLon, minLat)});
        return GEOMETRY.createMultiPolygon(new Polygon[] {polygon});
    }
}
