package org.gridpatrol.desktop.map.layers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;
import org.gridpatrol.desktop.map.api.AlarmPlace;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;

/**
 * The alarms layer: a dark red triangle where each alarm still going on began, and a red ring
 * around every officer with an open alarm, seen from afar.
 */
public final class AlarmPainter implements Painter<JXMapViewer> {
    /** Ring colour. */
    public static final Color RING = new Color(211, 47, 47);
    /** Fill of the triangle where an alarm began. */
    public static final Color PLACE = new Color(183, 28, 28);
    private static final double HALF = 8;
    private static final Color HALO = new Color(211, 47, 47, 60);
    private static final double RADIUS = 13;

    private final LivePositions positions;
    private volatile List<AlarmPlace> places = List.of();

    /** @param positions the live positions, with the alarmed officers */
    public AlarmPainter(LivePositions positions) {
        this.positions = positions;
    }

    /** @param going the places of the alarms going on now */
    public void show(List<AlarmPlace> going) {
        places = List.copyOf(going);
    }

    /** @return the places drawn */
    public List<AlarmPlace> places() {
        return places;
    }

    @Override
    public void paint(Graphics2D g, JXMapViewer map, int width, int height) {
        Rectangle viewport = map.getViewportBounds();
        WorldPixels world = new WorldPixels(map.getTileFactory(), map.getZoom());
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.translate(-viewport.x, -viewport.y);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setStroke(new BasicStroke(1.2f));
            for (AlarmPlace place : places) {
                Point2D p = world.point(place.lon(), place.lat());
                if (!viewport.contains(p)) {
                    continue;
                }
                Path2D.Double triangle = new Path2D.Double();
                triangle.moveTo(p.getX(), p.getY() - HALF);
                triangle.lineTo(p.getX() + HALF, p.getY() + HALF * 0.75);
                triangle.lineTo(p.getX() - HALF, p.getY() + HALF * 0.75);
                triangle.closePath();
                g2.setColor(PLACE);
                g2.fill(triangle);
                g2.setColor(Color.WHITE);
                g2.draw(triangle);
            }
            g2.setStroke(new BasicStroke(2.5f));
            for (OfficerPosition position : positions.latest()) {
                if (!positions.alarmed(position.officerId())) {
                    continue;
                }
                Point2D p = world.point(position.lon(), position.lat());
                Ellipse2D ring = new Ellipse2D.Double(p.getX() - RADIUS, p.getY() - RADIUS, 2 * RADIUS, 2 * RADIUS);
                g2.setColor(HALO);
                g2.fill(ring);
                g2.setColor(RING);
                g2.draw(ring);
            }
        } finally {
            g2.dispose();
        }
    }
}
