package org.gridpatrol.desktop.replay.coverage;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;
import org.jxmapviewer.viewer.GeoPosition;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The covered area as a translucent fill under the replayed trails, so the grid and the
 * base map still show through. Projected once per zoom level and covered area: panning
 * only translates.
 */
public final class CoveragePainter implements Painter<JXMapViewer> {
    /** Fill of the covered area: a translucent green. */
    public static final Color FILL = new Color(46, 160, 67, 90);
    /** Its outline. */
    public static final Color EDGE = new Color(27, 94, 32, 160);
    private static final BasicStroke OUTLINE = new BasicStroke(1f);

    private final CoverageLayer layer;
    private CoveredArea projectedArea;
    private int projectedZoom;
    private Path2D.Double projected;

    /** @param layer what to paint */
    public CoveragePainter(CoverageLayer layer) {
        this.layer = layer;
    }

    @Override
    public void paint(Graphics2D g, JXMapViewer map, int width, int height) {
        CoveredArea area = layer.area();
        if (!layer.visible() || area.shapes().isEmpty()) {
            return;
        }
        Path2D.Double path = world(map, area);
        Rectangle viewport = map.getViewportBounds();
        if (!path.getBounds2D().intersects(viewport)) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.translate(-viewport.x, -viewport.y);
            g2.setColor(FILL);
            g2.fill(path);
            g2.setColor(EDGE);
            g2.setStroke(OUTLINE);
            g2.draw(path);
        } finally {
            g2.dispose();
        }
    }

    private synchronized Path2D.Double world(JXMapViewer map, CoveredArea area) {
        if (projected == null || projectedArea != area || projectedZoom != map.getZoom()) {
            // normalised rings (shells one way, holes the other) under non-zero winding: holes
            // (unwalked courtyards) stay clear, and two officers' overlapping shapes stay filled
            Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
            for (Geometry raw : area.shapes()) {
                Geometry shape = raw.norm();
                for (int i = 0; i < shape.getNumGeometries(); i++) {
                    if (shape.getGeometryN(i) instanceof Polygon polygon) {
                        ring(path, map, polygon.getExteriorRing().getCoordinates());
                        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                            ring(path, map, polygon.getInteriorRingN(h).getCoordinates());
                        }
                    }
                }
            }
            projected = path;
            projectedArea = area;
            projectedZoom = map.getZoom();
        }
        return projected;
    }

    private static void ring(Path2D.Double path, JXMapViewer map, Coordinate[] ring) {
        for (int i = 0; i < ring.length; i++) {
            Point2D p = map.getTileFactory().geoToPixel(new GeoPosition(ring[i].y, ring[i].x), map.getZoom());
            if (i == 0) {
                path.moveTo(p.getX(), p.getY());
            } else {
                path.lineTo(p.getX(), p.getY());
            }
        }
        path.closePath();
    }
}
