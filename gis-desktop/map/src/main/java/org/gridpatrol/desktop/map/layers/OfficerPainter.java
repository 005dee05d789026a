package org.gridpatrol.desktop.map.layers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;

/**
 * The officers layer: a dot per officer at his latest position, blue, red while he has an
 * open alarm; his badge or name beside it once the map is zoomed in close.
 */
public final class OfficerPainter implements Painter<JXMapViewer> {
    /** Dot colour of an officer without an alarm. */
    public static final Color ON_PATROL = new Color(21, 101, 192);
    /** Dot colour of an officer with an open alarm. */
    public static final Color ALARMED = new Color(211, 47, 47);
    /** The most detailed zoom at which labels still show (JXMapViewer zooms out as the level grows). */
    static final int LABEL_ZOOM = 3;
    private static final double RADIUS = 5;
    private static final Font LABEL = new Font(Font.DIALOG, Font.BOLD, 11);

    private final LivePositions positions;

    /** @param positions the live positions to draw */
    public OfficerPainter(LivePositions positions) {
        this.positions = positions;
    }

    @Override
    public void paint(Graphics2D g, JXMapViewer map, int width, int height) {
        Rectangle viewport = map.getViewportBounds();
        Rectangle margin = new Rectangle(viewport.x - 20, viewport.y - 20, viewport.width + 40, viewport.height + 40);
        WorldPixels world = new WorldPixels(map.getTileFactory(), map.getZoom());
        boolean labels = map.getZoom() <= LABEL_ZOOM;
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.translate(-viewport.x, -viewport.y);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setFont(LABEL);
            g2.setStroke(new BasicStroke(1.5f));
            for (OfficerPosition position : positions.latest()) {
                Point2D p = world.point(position.lon(), position.lat());
                if (!margin.contains(p)) {
                    continue;
                }
                Ellipse2D dot = new Ellipse2D.Double(p.getX() - RADIUS, p.getY() - RADIUS, 2 * RADIUS, 2 * RADIUS);
                g2.setColor(positions.alarmed(position.officerId()) ? ALARMED : ON_PATROL);
                g2.fill(dot);
                g2.setColor(Color.WHITE);
                g2.draw(dot);
                if (labels) {
                    String label = positions.label(position.officerId());
                    g2.setColor(Color.DARK_GRAY);
                    g2.drawString(label != null ? label : "#" + position.officerId(),
                            (float) (p.getX() + RADIUS + 3), (float) (p.getY() + 4));
                }
            }
        } finally {
            g2.dispose();
        }
    }
}
