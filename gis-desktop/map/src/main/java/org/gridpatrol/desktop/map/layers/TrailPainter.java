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
    /** Colour of trails: opaque, since Java2D draws translucent lines some twenty times slower. */
    public static final Color TRAIL = new Color(100, 150, 215);
    /** Colour of the selected officer's trail. */
    public static final Color SELECTED = new Color(255, 111, 0);
    private static final Stroke THIN = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL);
    private static final Stroke HAIRLINE = new BasicStroke(1f);
    /** From this zoom level out, trails are drawn as plain lines. */
    static final int OVERVIEW_ZOOM = 4;
    private static final Stroke THICK = new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

    private final LivePositions positions;

    /** @param positions the live positions whose trails to draw */
    public TrailPainter(LivePositions positions) {
        this.positions = positions;
    }

    /** Projects a trail to whole world pixels, leaving out points on the pixel of the one before; @return how many */
    private static int project(List<OfficerPosition> trail, WorldPixels world, int[] xs, int[] ys) {
        int n = 0;
        for (OfficerPosition position : trail) {
            Point2D p = world.point(position.lon(), position.lat());
            int x = (int) Math.round(p.getX());
            int y = (int) Math.round(p.getY());
            if (n == 0 || x != xs[n - 1] || y != ys[n - 1]) {
                xs[n] = x;
                ys[n] = y;
                n++;
            }
        }
        return n;
    }

    private static boolean crosses(int[] xs, int[] ys, int n, Rectangle viewport) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = Integer.MIN_VALUE;
        int maxY = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, xs[i]);
            maxX = Math.max(maxX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        return viewport.intersects(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    @Override
    public void paint(Graphics2D g, JXMapViewer map, int width, int height) {
        Rectangle viewport = map.getViewportBounds();
        WorldPixels world = new WorldPixels(map.getTileFactory(), map.getZoom());
        Long selected = positions.selected();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.translate(-viewport.x, -viewport.y);
            // at overview levels a trail is a squiggle of a few pixels: plain one-pixel lines are
            // five times cheaper than antialiased strokes and look the same
            boolean overview = map.getZoom() >= OVERVIEW_ZOOM;
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                    overview ? RenderingHints.VALUE_ANTIALIAS_OFF : RenderingHints.VALUE_ANTIALIAS_ON);
            int[] xs = new int[LivePositions.TRAIL_LENGTH];
            int[] ys = new int[LivePositions.TRAIL_LENGTH];
            for (List<OfficerPosition> trail : positions.trails()) {
                int n = project(trail, world, xs, ys);
                if (n < 2 || !crosses(xs, ys, n, viewport)) {
                    continue;
                }
                boolean highlighted = selected != null && selected == trail.get(0).officerId();
                g2.setColor(highlighted ? SELECTED : TRAIL);
                if (overview && !highlighted) {
                    g2.setStroke(HAIRLINE);
                    g2.drawPolyline(xs, ys, n);
                } else {
                    Path2D.Float path = new Path2D.Float();
                    path.moveTo(xs[0], ys[0]);
                    for (int i = 1; i < n; i++) {
                        path.lineTo(xs[i], ys[i]);
                    }
                    g2.setStroke(highlighted ? THICK : THIN);
                    g2.draw(path);
                }
            }
        } finally {
            g2.dispose();
        }
    }
}
