package org.gridpatrol.desktop.grid.editing.check;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.gridpatrol.desktop.grid.editing.snap.Snap;
import org.gridpatrol.desktop.grid.editing.tool.EditSession;
import org.gridpatrol.desktop.map.api.GeoProjection;
import org.gridpatrol.desktop.map.api.ViewerProjection;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;
import org.locationtech.jts.geom.Coordinate;

/**
 * The edit handles layer: the outline being edited in purple with a square on every
 * vertex, the rubber band to the pointer while drawing, the cut of a split being drawn, and where the pointer snaps
 * (a ring on a vertex, a diamond on an edge).
 */
public final class SketchPainter implements Painter<JXMapViewer> {
    static final Color OUTLINE = new Color(123, 31, 162);
    private static final Color FILL = new Color(123, 31, 162, 50);
    private static final Color SNAP = new Color(0, 150, 136);
    private static final Color CUT = new Color(211, 47, 47);

    private volatile EditSession session;

    /** @param editing the session to draw, or null for none */
    public void show(EditSession editing) {
        session = editing;
    }

    @Override
    public void paint(Graphics2D g, JXMapViewer map, int width, int height) {
        EditSession editing = session;
        if (editing == null) {
            return;
        }
        GeoProjection projection = new ViewerProjection(map);
        List<Coordinate> vertices = editing.sketch().vertices();
        boolean closed = editing.sketch().closed();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Path2D.Double outline = new Path2D.Double();
            for (int i = 0; i < vertices.size(); i++) {
                Point2D p = projection.toPixel(vertices.get(i));
                if (i == 0) {
                    outline.moveTo(p.getX(), p.getY());
                } else {
                    outline.lineTo(p.getX(), p.getY());
                }
            }
            if (closed) {
                outline.closePath();
                g2.setColor(FILL);
                g2.fill(outline);
            }
            g2.setColor(OUTLINE);
            g2.setStroke(new BasicStroke(2f));
            g2.draw(outline);
            Snap hover = editing.hover();
            if (!closed && hover != null && !vertices.isEmpty()) {
                Point2D last = projection.toPixel(vertices.get(vertices.size() - 1));
                Point2D next = projection.toPixel(hover.at());
                g2.setStroke(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
                g2.draw(new Line2D.Double(last, next));
            }
            List<Coordinate> guide = editing.guide();
            if (guide.size() >= 2) {
                // the cut of a split being drawn: dashed red across the outline
                Path2D.Double cut = new Path2D.Double();
                for (int i = 0; i < guide.size(); i++) {
                    Point2D p = projection.toPixel(guide.get(i));
                    if (i == 0) {
                        cut.moveTo(p.getX(), p.getY());
                    } else {
                        cut.lineTo(p.getX(), p.getY());
                    }
                }
                g2.setColor(CUT);
                g2.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, new float[] {8, 5}, 0));
                g2.draw(cut);
            }
            g2.setStroke(new BasicStroke(1.2f));
            for (Coordinate vertex : vertices) {
                Point2D p = projection.toPixel(vertex);
                Rectangle2D handle = new Rectangle2D.Double(p.getX() - 3.5, p.getY() - 3.5, 7, 7);
                g2.setColor(Color.WHITE);
                g2.fill(handle);
                g2.setColor(OUTLINE);
                g2.draw(handle);
            }
            if (hover != null && hover.snapped()) {
                Point2D p = projection.toPixel(hover.at());
                g2.setColor(SNAP);
                g2.setStroke(new BasicStroke(2f));
                if (hover.kind() == Snap.Kind.VERTEX) {
                    g2.draw(new Ellipse2D.Double(p.getX() - 7, p.getY() - 7, 14, 14));
                } else {
                    Path2D.Double diamond = new Path2D.Double();
                    diamond.moveTo(p.getX(), p.getY() - 7);
                    diamond.lineTo(p.getX() + 7, p.getY());
                    diamond.lineTo(p.getX(), p.getY() + 7);
                    diamond.lineTo(p.getX() - 7, p.getY());
                    diamond.closePath();
                    g2.draw(diamond);
                }
            }
        } finally {
            g2.dispose();
        }
    }
}
