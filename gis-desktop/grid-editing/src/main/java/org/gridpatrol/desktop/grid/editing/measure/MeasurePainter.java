package org.gridpatrol.desktop.grid.editing.measure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.function.Supplier;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;
import org.jxmapviewer.viewer.GeoPosition;
import org.locationtech.jts.geom.Coordinate;

/** The measuring layer: the line or polygon measured and its length or area beside the last point. */
public final class MeasurePainter implements Painter<JXMapViewer> {
    /** Colour of what is measured. */
    public static final Color INK = new Color(194, 24, 91);
    private static final Color FILL = new Color(194, 24, 91, 50);
    private static final BasicStroke DASHED = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1,
            new float[] {8, 4}, 0);

    private final Supplier<Measurement> measurement;

    /** @param measurement the measurement under way, or null for none */
    public MeasurePainter(Supplier<Measurement> measurement) {
        this.measurement = measurement;
    }

    @Override
    public void paint(Graphics2D g, JXMapViewer map, int width, int height) {
        Measurement m = measurement.get();
        List<Coordinate> points = m == null ? List.of() : m.points();
        if (points.isEmpty()) {
            return;
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Path2D.Double path = new Path2D.Double();
            Point2D last = null;
            for (Coordinate c : points) {
                last = map.convertGeoPositionToPoint(new GeoPosition(c.y, c.x));
                if (path.getCurrentPoint() == null) {
                    path.moveTo(last.getX(), last.getY());
                } else {
                    path.lineTo(last.getX(), last.getY());
                }
                g2.setColor(INK);
                g2.fillOval((int) last.getX() - 3, (int) last.getY() - 3, 7, 7);
            }
            if (m.kind() == Measurement.Kind.AREA && points.size() >= 3) {
                path.closePath();
                g2.setColor(FILL);
                g2.fill(path);
            }
            g2.setColor(INK);
            g2.setStroke(DASHED);
            g2.draw(path);
            if (points.size() >= 2) {
                String text = m.text();
                g2.setFont(g2.getFont().deriveFont(Font.BOLD));
                int w = g2.getFontMetrics().stringWidth(text);
                int x = (int) last.getX() + 10;
                int y = (int) last.getY() - 10;
                g2.setColor(Color.WHITE);
                g2.fillRect(x - 3, y - g2.getFontMetrics().getAscent(), w + 6, g2.getFontMetrics().getHeight());
                g2.setColor(INK);
                g2.drawString(text, x, y);
            }
        } finally {
            g2.dispose();
        }
    }
}
