package org.gridpatrol.desktop.replay.layer;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.gridpatrol.desktop.replay.scene.ReplayClock;
import org.gridpatrol.desktop.replay.scene.ReplayScene;
import org.gridpatrol.desktop.replay.scene.ReplayTrack;
import org.gridpatrol.model.alarm.AlarmView;
import org.gridpatrol.model.track.Track;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.painter.Painter;
import org.jxmapviewer.viewer.GeoPosition;

/**
 * The replay layer: each officer's trail up to the replayed moment, his stops (filled once
 * passed), his alarms where they began, and the moving marker with his badge.
 */
public final class ReplayPainter implements Painter<JXMapViewer> {
    /** One colour per officer replayed, in turn. */
    public static final Color[] COLOURS = {new Color(230, 81, 0), new Color(0, 121, 107), new Color(106, 27, 154),
        new Color(21, 101, 192), new Color(158, 157, 36)};
    /** Colour of alarm marks. */
    public static final Color ALARM = new Color(211, 0, 0);
    private static final BasicStroke TRAIL = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke THIN = new BasicStroke(1.5f);
    private static final int MARKER = 14;
    private static final int STOP = 12;

    private final ReplayScene scene;
    // world pixels of each track at the zoom last drawn: a 100,000-fix track is projected once per level
    private final Map<ReplayTrack, WorldTrack> projected = new WeakHashMap<>();

    /** @param scene what is replayed */
    public ReplayPainter(ReplayScene scene) {
        this.scene = scene;
    }

    /** @return the colour of the i-th officer replayed */
    public static Color colour(int i) {
        return COLOURS[i % COLOURS.length];
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
            List<ReplayTrack> tracks = scene.tracks();
            for (int i = 0; i < tracks.size(); i++) {
                paintTrack(g2, map, tracks.get(i), colour(i), now);
            }
        } finally {
            g2.dispose();
        }
    }

    private void paintTrack(Graphics2D g, JXMapViewer map, ReplayTrack track, Color colour, Instant now) {
        WorldTrack world = world(map, track);
        int last = track.indexAt(now);
        double[] here = track.positionAt(now);
        Point2D at = here == null ? null : world(map, here[0], here[1]);
        if (last >= 0) {
            Path2D.Float path = new Path2D.Float(Path2D.WIND_NON_ZERO, 256);
            path.moveTo(world.xs[0], world.ys[0]);
            int[] kept = world.kept;
            for (int k = 1; k < kept.length && kept[k] <= last; k++) {
                path.lineTo(world.xs[kept[k]], world.ys[kept[k]]);
            }
            path.lineTo(world.xs[last], world.ys[last]);
            path.lineTo(at.getX(), at.getY());
            g.setColor(colour);
            g.setStroke(TRAIL);
            g.draw(path);
        }
        for (Track.Stop stop : track.stops()) {
            Point2D p = world(map, stop.lon(), stop.lat());
            boolean passed = !stop.from().isAfter(now);
            g.setColor(Color.WHITE);
            g.fillOval((int) p.getX() - STOP / 2, (int) p.getY() - STOP / 2, STOP, STOP);
            g.setColor(colour);
            g.setStroke(THIN);
            if (passed) {
                g.fillOval((int) p.getX() - STOP / 2 + 3, (int) p.getY() - STOP / 2 + 3, STOP - 6, STOP - 6);
            }
            g.drawOval((int) p.getX() - STOP / 2, (int) p.getY() - STOP / 2, STOP, STOP);
        }
        for (AlarmView alarm : track.alarms()) {
            double[] where = track.positionAt(alarm.startedAt());
            if (where != null) {
                paintAlarm(g, world(map, where[0], where[1]), !alarm.startedAt().isAfter(now));
            }
        }
        if (at != null) {
            int x = (int) Math.round(at.getX());
            int y = (int) Math.round(at.getY());
            g.setColor(Color.WHITE);
            g.fillOval(x - MARKER / 2 - 2, y - MARKER / 2 - 2, MARKER + 4, MARKER + 4);
            g.setColor(colour);
            g.fillOval(x - MARKER / 2, y - MARKER / 2, MARKER, MARKER);
            if (track.label() != null) {
                g.setColor(Color.BLACK);
                g.drawString(track.label(), x + MARKER, y - MARKER / 2);
            }
        }
    }

    /** A red triangle where an alarm began; hollow until the replay reaches it. */
    private static void paintAlarm(Graphics2D g, Point2D p, boolean reached) {
        int x = (int) Math.round(p.getX());
        int y = (int) Math.round(p.getY());
        int[] xs = {x, x - 8, x + 8};
        int[] ys = {y - 16, y - 2, y - 2};
        g.setColor(reached ? ALARM : Color.WHITE);
        g.fillPolygon(xs, ys, 3);
        g.setColor(ALARM);
        g.setStroke(THIN);
        g.drawPolygon(xs, ys, 3);
    }

    private static Point2D world(JXMapViewer map, double lon, double lat) {
        return map.getTileFactory().geoToPixel(new GeoPosition(lat, lon), map.getZoom());
    }

    private WorldTrack world(JXMapViewer map, ReplayTrack track) {
        synchronized (projected) {
            WorldTrack known = projected.get(track);
            if (known == null || known.zoom != map.getZoom()) {
                known = new WorldTrack(map, track);
                projected.put(track, known);
            }
            return known;
        }
    }

    /**
     * A track's positions in world pixels at one zoom level, and which of them the trail
     * draws: a fix less than a pixel from the last one kept adds nothing to a 3 px line, and
     * at a city-wide zoom most of a day's fixes are such (stroking them all cost ~140 ms a frame).
     */
    private static final class WorldTrack {
        private static final float MIN_STEP_PX = 1f;
        final int zoom;
        final float[] xs;
        final float[] ys;
        final int[] kept;

        WorldTrack(JXMapViewer map, ReplayTrack track) {
            zoom = map.getZoom();
            xs = new float[track.size()];
            ys = new float[track.size()];
            for (int i = 0; i < xs.length; i++) {
                Point2D p = world(map, track.lon(i), track.lat(i));
                xs[i] = (float) p.getX();
                ys[i] = (float) p.getY();
            }
            kept = keep(xs, ys);
        }

        private static int[] keep(float[] xs, float[] ys) {
            int[] indices = new int[xs.length];
            int n = 0;
            for (int i = 0; i < xs.length; i++) {
                if (n == 0 || Math.abs(xs[i] - xs[indices[n - 1]]) >= MIN_STEP_PX
                        || Math.abs(ys[i] - ys[indices[n - 1]]) >= MIN_STEP_PX) {
                    indices[n++] = i;
                }
            }
            return java.util.Arrays.copyOf(indices, n);
        }
    }
}
