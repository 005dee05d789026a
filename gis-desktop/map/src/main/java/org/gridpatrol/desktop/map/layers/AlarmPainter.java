package org.gridpatrol.desktop.map.layers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;

/** The alarms layer: a red ring around every officer with an open alarm, seen from afar. */
public final class AlarmPainter implements Painter<JXMapViewer> {
    /** Ring colour. */
    public static final Color RING = new Color(211, 47, 47);
    private static final Color HALO = new Color(211, 47, 47, 60);
    private static final double RADIUS = 13;

    private final LivePositions positions;

    /** @param positions the live positions, with the alarmed officers */
    public AlarmPainter(LivePositions positions) {
        this.positions = positions;
    }

    @Override
    public void paint(Graphics2D g, JXMapViewer map, int width, int height) {
        Rectangle viewport = map.getViewportBounds();
        WorldPixels world = new WorldPixels(map.getTileFactory(), map.getZoom());
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.translate(-viewport.x, -viewport.y);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
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
