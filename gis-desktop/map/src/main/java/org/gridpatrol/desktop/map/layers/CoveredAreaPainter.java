package org.gridpatrol.desktop.map.layers;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import org.gridpatrol.desktop.map.api.CoveredGrid;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;

/** The covered-area layer: today's covered part of the selected grid, translucent green. */
public final class CoveredAreaPainter implements Painter<JXMapViewer> {
    /** Fill of the covered area. */
    public static final Color FILL = new Color(46, 160, 67, 110);
    private static final Color OUTLINE = new Color(27, 110, 45);

    private volatile CoveredGrid shown;

    /** @param covered what to draw, or null for nothing */
    public void show(CoveredGrid covered) {
        shown = covered;
    }

    /** @return what is drawn, or null */
    public CoveredGrid shown() {
        return shown;
    }

    @Override
    public void paint(Graphics2D g, JXMapViewer map, int width, int height) {
        CoveredGrid covered = shown;
        if (covered == null || covered.covered() == null) {
            return;
        }
        Rectangle viewport = map.getViewportBounds();
        Path2D.Float path = new WorldPixels(map.getTileFactory(), map.getZoom()).path(covered.covered());
        if (!path.getBounds2D().intersects(viewport)) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.translate(-viewport.x, -viewport.y);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(FILL);
            g2.fill(path);
            g2.setColor(OUTLINE);
            g2.setStroke(new BasicStroke(1f));
            g2.draw(path);
        } finally {
            g2.dispose();
        }
    }
}
