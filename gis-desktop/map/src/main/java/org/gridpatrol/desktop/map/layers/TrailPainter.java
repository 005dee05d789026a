package org.gridpatrol.desktop.map.layers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;

/** The trails layer: the path each officer walked lately; the selected officer's in orange. */
public final class TrailPainter implements Painter<JXMapViewer> {
    /** Colour of trails. */
    public static final Color TRAIL = new Color(21, 101, 192, 150);
    /** Colour of the selected officer's trail. */
    public static final Color SELECTED = new Color(255, 111, 0);
    private static final Stroke THIN = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL);
    private static final Stroke THICK = new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private final LivePositions positions;

    /** @param positions the live positions whose trails to draw */
    public TrailPainter(LivePositions positions) {
        this.positions = positions;
    }

    @Override
    public void paint(Graphics2D g, JXMapViewer map, int width, int height) {
        Rectangle viewport = map.getViewportBounds();
        WorldPixels world = new WorldPixels(map.getTileFactory(), map.getZoom());
        Long selected = positions.selected();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.translate(-viewport.x, -viewport.y);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (List<OfficerPosition> trail : positions.trails()) {
                if (trail.size() < 2) {
                    continue;
                }
                Path2D.Float path = new Path2D.Float();
                Point2D last = null;
                for (int i = 0; i < trail.size(); i++) {
                    Point2D p = world.point(trail.get(i).lon(), trail.get(i).lat());
                    if (last == null) {
                        path.moveTo(p.getX(), p.getY());
                    } else if (last.distanceSq(p) >= WorldPixels.MIN_STEP * WorldPixels.MIN_STEP
                            || i == trail.size() - 1) {
                        path.lineTo(p.getX(), p.getY());
                    } else {
                        continue;
                    }
                    last = p;
                }
                if (!path.getBounds2D().intersects(viewport)) {
                    continue;
                }
                boolean highlighted = selected != null && selected == trail.get(0).officerId();
                g2.setStroke(highlighted ? THICK : THIN);
                g2.setColor(highlighted ? SELECTED : TRAIL);
                g2.draw(path);
            }
        } finally {
            g2.dispose();
        }
    }
}
