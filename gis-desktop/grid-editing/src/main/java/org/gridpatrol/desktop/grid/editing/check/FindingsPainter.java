package org.gridpatrol.desktop.grid.editing.check;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.desktop.map.api.GeoProjection;
import org.gridpatrol.desktop.map.api.ViewerProjection;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.grid.GridCheck;
import org.gridpatrol.model.grid.GridFinding;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Where the checks found fault, on the map: overlap and gap areas filled red, points
 * (self-intersections) marked with a red cross; errors red, warnings amber.
 */
public final class FindingsPainter implements Painter<JXMapViewer> {
    static final Color ERROR = new Color(211, 47, 47);
    static final Color WARNING = new Color(255, 160, 0);
    private static final GeoJson GEOJSON = new GeoJson(1_000_000);

    private volatile List<Located> findings = List.of();

    /** @param check the findings to show; null clears them */
    public void show(GridCheck check) {
        List<Located> located = new ArrayList<>();
        if (check != null) {
            check.errors().forEach(f -> add(located, f, ERROR));
            check.warnings().forEach(f -> add(located, f, WARNING));
        }
        findings = located;
    }

    /** @param at a place the editor itself found at fault (local validity), in red; null for none */
    public void showLocal(Coordinate at) {
        List<Located> located = new ArrayList<>(findings.stream().filter(l -> !l.local).toList());
        if (at != null) {
            located.add(new Located(org.gridpatrol.desktop.grid.editing.sketch.GridSketch.FACTORY.createPoint(at), ERROR, true));
        }
        findings = located;
    }

    private static void add(List<Located> located, GridFinding finding, Color color) {
        if (finding.location() != null && !finding.location().isNull()) {
            located.add(new Located(GEOJSON.read(finding.location()), color, false));
        }
    }

    @Override
    public void paint(Graphics2D g, JXMapViewer map, int width, int height) {
        GeoProjection projection = new ViewerProjection(map);
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setStroke(new BasicStroke(2.5f));
            for (Located finding : findings) {
                paint(g2, projection, finding);
            }
        } finally {
            g2.dispose();
        }
    }

    private static void paint(Graphics2D g2, GeoProjection projection, Located finding) {
        Geometry geometry = finding.geometry;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Point point) {
                Point2D p = projection.toPixel(point.getCoordinate());
                g2.setColor(finding.color);
                g2.draw(new Line2D.Double(p.getX() - 7, p.getY() - 7, p.getX() + 7, p.getY() + 7));
                g2.draw(new Line2D.Double(p.getX() - 7, p.getY() + 7, p.getX() + 7, p.getY() - 7));
            } else if (part instanceof Polygon polygon) {
                Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
                ring(path, projection, polygon.getExteriorRing().getCoordinates());
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    ring(path, projection, polygon.getInteriorRingN(h).getCoordinates());
                }
                Color c = finding.color;
                g2.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 110));
                g2.fill(path);
                g2.setColor(c);
                g2.draw(path);
            } else {
                Path2D.Double path = new Path2D.Double();
                Coordinate[] cs = part.getCoordinates();
                for (int k = 0; k < cs.length; k++) {
                    Point2D p = projection.toPixel(cs[k]);
                    if (k == 0) {
                        path.moveTo(p.getX(), p.getY());
                    } else {
                        path.lineTo(p.getX(), p.getY());
                    }
                }
                g2.setColor(finding.color);
                g2.draw(path);
            }
        }
    }

    private static void ring(Path2D.Double path, GeoProjection projection, Coordinate[] ring) {
        for (int k = 0; k < ring.length; k++) {
            Point2D p = projection.toPixel(ring[k]);
            if (k == 0) {
                path.moveTo(p.getX(), p.getY());
            } else {
                path.lineTo(p.getX(), p.getY());
            }
        }
        path.closePath();
    }

    private record Located(Geometry geometry, Color color, boolean local) {
    }
}
