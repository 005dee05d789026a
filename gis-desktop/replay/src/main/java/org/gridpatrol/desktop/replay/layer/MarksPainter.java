package org.gridpatrol.desktop.replay.layer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.time.Instant;
import org.gridpatrol.desktop.replay.scene.ReplayClock;
import org.gridpatrol.desktop.replay.scene.ReplayScene;
import org.gridpatrol.desktop.replay.scene.ReplayTrack;
import org.gridpatrol.model.track.TrackPhoto;
import org.gridpatrol.model.track.TrackVisit;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;
import org.jxmapviewer.viewer.GeoPosition;

/**
 * Check-ins and photos on the replay map: a diamond per checkpoint visit (blue when it
 * counted, grey when it did not), a camera square per photo; hollow until the replay reaches
 * them. Also finds the photo under a click.
 */
public final class MarksPainter implements Painter<JXMapViewer> {
    /** A visit that counted for its plan. */
    public static final Color COUNTED = new Color(25, 118, 210);
    /** A visit that did not count (too far, out of order, outside the window). */
    public static final Color NOT_COUNTED = new Color(120, 120, 120);
    /** A photo. */
    public static final Color PHOTO = new Color(142, 36, 170);
    private static final BasicStroke THIN = new BasicStroke(1.5f);
    private static final int HALF = 7;

    private final ReplayScene scene;

    /** @param scene what is replayed */
    public MarksPainter(ReplayScene scene) {
        this.scene = scene;
    }

    @Override
    public void paint(Graphics2D g, JXMapViewer map, int width, int height) {
        ReplayClock clock = scene.clock();
        if (clock == null) {
            return;
        }
        Instant now = clock.now();
        Rectangle viewport = map.getViewportBounds();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.translate(-viewport.x, -viewport.y);
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setStroke(THIN);
            for (ReplayTrack track : scene.tracks()) {
                for (TrackVisit visit : track.visits()) {
                    Point2D p = world(map, track.placeOf(visit.lon(), visit.lat(), visit.at()));
                    if (p != null) {
                        diamond(g2, p, visit.counted() ? COUNTED : NOT_COUNTED, !visit.at().isAfter(now));
                    }
                }
                for (TrackPhoto photo : track.photos()) {
                    Point2D p = world(map, track.placeOf(photo.lon(), photo.lat(), photo.takenAt()));
                    if (p != null) {
                        camera(g2, p, !photo.takenAt().isAfter(now));
                    }
                }
            }
        } finally {
            g2.dispose();
        }
    }

    /**
     * @param map   the map
     * @param click a point of the map component
     * @return the photo whose icon is under it, or null
     */
    public TrackPhoto photoAt(JXMapViewer map, Point click) {
        Rectangle viewport = map.getViewportBounds();
        for (ReplayTrack track : scene.tracks()) {
            for (TrackPhoto photo : track.photos()) {
                Point2D p = world(map, track.placeOf(photo.lon(), photo.lat(), photo.takenAt()));
                if (p != null && Math.abs(p.getX() - viewport.x - click.x) <= HALF + 1
                        && Math.abs(p.getY() - viewport.y - click.y) <= HALF + 1) {
                    return photo;
                }
            }
        }
        return null;
    }

    private static void diamond(Graphics2D g, Point2D p, Color colour, boolean reached) {
        int x = (int) Math.round(p.getX());
        int y = (int) Math.round(p.getY());
        int[] xs = {x, x + HALF, x, x - HALF};
        int[] ys = {y - HALF, y, y + HALF, y};
        g.setColor(reached ? colour : Color.WHITE);
        g.fillPolygon(xs, ys, 4);
        g.setColor(colour);
        g.drawPolygon(xs, ys, 4);
    }

    /** A small camera: a body with a lens; filled once taken. */
    private static void camera(Graphics2D g, Point2D p, boolean reached) {
        int x = (int) Math.round(p.getX());
        int y = (int) Math.round(p.getY());
        g.setColor(reached ? PHOTO : Color.WHITE);
        g.fillRoundRect(x - HALF, y - HALF + 2, 2 * HALF, 2 * HALF - 3, 3, 3);
        g.setColor(PHOTO);
        g.drawRoundRect(x - HALF, y - HALF + 2, 2 * HALF, 2 * HALF - 3, 3, 3);
        g.fillRect(x - 3, y - HALF, 6, 2);
        g.setColor(Color.WHITE);
        g.drawOval(x - 3, y - 1, 6, 6);
    }

    private static Point2D world(JXMapViewer map, double[] lonLat) {
        return lonLat == null ? null : map.getTileFactory().geoToPixel(new GeoPosition(lonLat[1], lonLat[0]), map.getZoom());
    }
}
