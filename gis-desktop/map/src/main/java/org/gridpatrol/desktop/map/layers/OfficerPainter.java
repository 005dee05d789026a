package org.gridpatrol.desktop.map.layers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.gridpatrol.desktop.map.status.OfficerStates;
import org.gridpatrol.desktop.map.status.OfficerStatus;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;
import org.openide.util.NbBundle;

/**
 * The officers layer: a mark per officer at his latest position, telling his status at a
 * glance by colour and shape — a dot (on duty, in his grid), a dot with a halo (outside),
 * a hollow ring (still), a dot in a dashed ring with how long he has been silent (lost
 * contact). Colours are those of Tools ▸ Options. His badge or name shows beside it once
 * the map is zoomed in close.
 */
public final class OfficerPainter implements Painter<JXMapViewer> {
    /** The most detailed zoom at which labels still show (JXMapViewer zooms out as the level grows). */
    static final int LABEL_ZOOM = 3;
    /** Radius of the dot, in pixels. */
    static final double RADIUS = 5;
    /** Radius of the halo (outside) and the dashed ring (lost contact). */
    static final double OUTER = RADIUS + 4;
    private static final Font LABEL = new Font(Font.DIALOG, Font.BOLD, 11);
    private static final Stroke OUTLINE = new BasicStroke(1.5f);
    private static final Stroke RING = new BasicStroke(3f);
    private static final Stroke DASHED = new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {3f, 3f}, 0f);

    private final LivePositions positions;
    private final OfficerStates states;
    private final Clock clock;

    /** @param positions the live positions to draw; @param states their statuses; @param clock the present */
    public OfficerPainter(LivePositions positions, OfficerStates states, Clock clock) {
        this.positions = positions;
        this.states = states;
        this.clock = clock;
    }

    @Override
    public void paint(Graphics2D g, JXMapViewer map, int width, int height) {
        Rectangle viewport = map.getViewportBounds();
        Rectangle margin = new Rectangle(viewport.x - 20, viewport.y - 20, viewport.width + 40, viewport.height + 40);
        WorldPixels world = new WorldPixels(map.getTileFactory(), map.getZoom());
        boolean labels = map.getZoom() <= LABEL_ZOOM;
        Map<OfficerStatus, Color> colours = new EnumMap<>(OfficerStatus.class);
        for (OfficerStatus status : OfficerStatus.values()) {
            colours.put(status, status.shownColour());
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.translate(-viewport.x, -viewport.y);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setFont(LABEL);
            for (OfficerPosition position : positions.latest()) {
                Point2D p = world.point(position.lon(), position.lat());
                if (!margin.contains(p)) {
                    continue;
                }
                OfficerStatus status = states.of(position.officerId());
                mark(g2, p, status, colours.get(status));
                String label = labels ? label(position) : null;
                if (status == OfficerStatus.LOST_CONTACT) {
                    String silent = silence(position);
                    label = label == null ? silent : label + " · " + silent;
                }
                if (label != null) {
                    g2.setColor(Color.DARK_GRAY);
                    g2.drawString(label, (float) (p.getX() + OUTER + 3), (float) (p.getY() + 4));
                }
            }
        } finally {
            g2.dispose();
        }
    }

    private static void mark(Graphics2D g2, Point2D p, OfficerStatus status, Color colour) {
        Ellipse2D dot = circle(p, RADIUS);
        switch (status) {
            case STILL -> {
                g2.setColor(Color.WHITE);
                g2.fill(dot);
                g2.setColor(colour);
                g2.setStroke(RING);
                g2.draw(circle(p, RADIUS - 0.5));
            }
            case OUTSIDE -> {
                g2.setColor(colour);
                g2.setStroke(RING);
                g2.draw(circle(p, OUTER - 1.5));
                filledDot(g2, dot, colour);
            }
            case LOST_CONTACT -> {
                g2.setColor(colour);
                g2.setStroke(DASHED);
                g2.draw(circle(p, OUTER - 1));
                filledDot(g2, dot, colour);
            }
            default -> filledDot(g2, dot, colour);
        }
    }

    private static void filledDot(Graphics2D g2, Ellipse2D dot, Color colour) {
        g2.setColor(colour);
        g2.fill(dot);
        g2.setColor(Color.WHITE);
        g2.setStroke(OUTLINE);
        g2.draw(dot);
    }

    private static Ellipse2D circle(Point2D p, double radius) {
        return new Ellipse2D.Double(p.getX() - radius, p.getY() - radius, 2 * radius, 2 * radius);
    }

    private String label(OfficerPosition position) {
        String label = positions.label(position.officerId());
        return label != null ? label : "#" + position.officerId();
    }

    private String silence(OfficerPosition position) {
        long minutes = position.time() == null ? 0
                : Math.max(0, Duration.between(position.time(), clock.instant()).toMinutes());
        return NbBundle.getMessage(OfficerPainter.class, "LBL_Silent", minutes);
    }
}
