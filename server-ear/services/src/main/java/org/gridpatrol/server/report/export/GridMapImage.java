package org.gridpatrol.server.report.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import org.gridpatrol.model.GeoJson;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * A small map of one grid for a printed report: the covered area filled, the grid's outline on
 * top, north up, metres kept square (longitude scaled by the cosine of the latitude).
 */
final class GridMapImage {
    private static final Color COVERED = new Color(46, 139, 87, 150);
    private static final Color OUTLINE = new Color(30, 60, 160);

    private GridMapImage() {
    }

    /**
     * @param gridGeoJson    the grid, GeoJSON
     * @param coveredGeoJson the covered part, GeoJSON, or null
     * @param size           width and height in pixels
     * @return the picture
     */
    static BufferedImage draw(com.fasterxml.jackson.databind.JsonNode gridGeoJson,
                              com.fasterxml.jackson.databind.JsonNode coveredGeoJson, int size) {
        GeoJson reader = new GeoJson(Integer.MAX_VALUE);
        Geometry grid = reader.read(gridGeoJson);
        Geometry covered = coveredGeoJson == null || coveredGeoJson.isNull() ? null : reader.read(coveredGeoJson);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            Envelope box = grid.getEnvelopeInternal();
            double kx = Math.cos(Math.toRadians(box.centre().y));
            double span = Math.max(box.getWidth() * kx, box.getHeight());
            double scale = (size - 20) / (span == 0 ? 1 : span);
            double ox = (size - box.getWidth() * kx * scale) / 2;
            double oy = (size - box.getHeight() * scale) / 2;
            Projection p = c -> new double[] {ox + (c.x - box.getMinX()) * kx * scale, size - oy - (c.y - box.getMinY()) * scale};
            if (covered != null) {
                g.setColor(COVERED);
                g.fill(path(covered, p));
            }
            g.setColor(OUTLINE);
            g.setStroke(new BasicStroke(2f));
            g.draw(path(grid, p));
        } finally {
            g.dispose();
        }
        return image;
    }

    private interface Projection {
        double[] at(Coordinate c);
    }

    private static Path2D path(Geometry geometry, Projection p) {
        Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon polygon) {
                ring(path, polygon.getExteriorRing().getCoordinates(), p);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    ring(path, polygon.getInteriorRingN(h).getCoordinates(), p);
                }
            }
        }
        return path;
    }

    private static void ring(Path2D path, Coordinate[] ring, Projection p) {
        for (int i = 0; i < ring.length; i++) {
            double[] xy = p.at(ring[i]);
            if (i == 0) {
                path.moveTo(xy[0], xy[1]);
            } else {
                path.lineTo(xy[0], xy[1]);
            }
        }
        path.closePath();
    }
}
