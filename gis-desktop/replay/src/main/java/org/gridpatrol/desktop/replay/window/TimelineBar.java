package org.gridpatrol.desktop.replay.window;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.swing.JComponent;
import org.gridpatrol.desktop.replay.layer.MarksPainter;
import org.gridpatrol.desktop.replay.layer.ReplayPainter;
import org.gridpatrol.desktop.replay.scene.ReplayClock;
import org.gridpatrol.desktop.replay.scene.ReplayScene;
import org.gridpatrol.desktop.replay.scene.ReplayTrack;
import org.gridpatrol.model.alarm.AlarmView;
import org.gridpatrol.model.track.Track;
import org.gridpatrol.model.track.TrackPhoto;
import org.gridpatrol.model.track.TrackVisit;

/**
 * The timeline: the window's hours, one row per officer with his fixes (ticks), stops
 * (bars in his colour), alarms (red bars), checkpoint visits (diamonds) and photos
 * (purple squares), and the cursor of the replayed moment.
 * Pressing or dragging anywhere on it moves the replay to that moment.
 */
final class TimelineBar extends JComponent {
    private static final long serialVersionUID = 1L;
    private static final int INSET = 12;
    private static final int AXIS = 18;
    private static final int ROW = 16;
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

    private final transient ReplayScene scene;
    private final ZoneId zone;

    TimelineBar(ReplayScene scene, ZoneId zone) {
        this.scene = scene;
        this.zone = zone;
        MouseAdapter seek = new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                seekTo(e.getX());
            }

            @Override
            public void mouseDragged(MouseEvent e) {
                seekTo(e.getX());
            }
        };
        addMouseListener(seek);
        addMouseMotionListener(seek);
        scene.addChangeListener(e -> repaint());
    }

    /** @param x a pixel of the bar; the replay moves to the moment under it */
    void seekTo(int x) {
        ReplayClock clock = scene.clock();
        if (clock != null) {
            clock.seekFraction((x - INSET) / (double) (getWidth() - 2 * INSET));
            scene.changed();
        }
    }

    @Override
    public Dimension getPreferredSize() {
        return new Dimension(600, AXIS + ROW * Math.max(1, scene.tracks().size()) + 6);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, getWidth(), getHeight());
            ReplayClock clock = scene.clock();
            if (clock == null) {
                return;
            }
            paintAxis(g, clock);
            List<ReplayTrack> tracks = scene.tracks();
            for (int i = 0; i < tracks.size(); i++) {
                paintRow(g, clock, tracks.get(i), ReplayPainter.colour(i), AXIS + i * ROW);
            }
            int x = x(clock, clock.now());
            g.setColor(Color.BLACK);
            g.fillRect(x - 1, 0, 2, getHeight());
        } finally {
            g.dispose();
        }
    }

    private void paintAxis(Graphics2D g, ReplayClock clock) {
        g.setColor(Color.GRAY);
        g.drawLine(INSET, AXIS - 4, getWidth() - INSET, AXIS - 4);
        Duration length = Duration.between(clock.from(), clock.to());
        // a tick every hour, or every 10 minutes for windows under three hours
        Duration every = length.toHours() < 3 ? Duration.ofMinutes(10) : Duration.ofHours(Math.max(1, length.toHours() / 12));
        Instant tick = clock.from().atZone(zone).withMinute(0).withSecond(0).withNano(0).toInstant();
        for (; !tick.isAfter(clock.to()); tick = tick.plus(every)) {
            if (tick.isBefore(clock.from())) {
                continue;
            }
            int x = x(clock, tick);
            g.drawLine(x, AXIS - 8, x, AXIS - 4);
            g.drawString(HOURS.format(tick.atZone(zone)), x + 2, AXIS - 7);
        }
    }

    private void paintRow(Graphics2D g, ReplayClock clock, ReplayTrack track, Color colour, int top) {
        g.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 110));
        int last = Integer.MIN_VALUE;
        for (int i = 0; i < track.size(); i++) {
            int x = x(clock, track.time(i));
            if (x != last) {
                g.drawLine(x, top + 5, x, top + 10);
                last = x;
            }
        }
        g.setColor(colour);
        for (Track.Stop stop : track.stops()) {
            int from = x(clock, stop.from());
            g.fillRect(from, top + 3, Math.max(2, x(clock, stop.to()) - from), 4);
        }
        g.setColor(ReplayPainter.ALARM);
        for (AlarmView alarm : track.alarms()) {
            int from = x(clock, alarm.startedAt());
            int to = x(clock, alarm.endedAt() == null ? clock.to() : alarm.endedAt());
            g.fillRect(from, top + 10, Math.max(3, to - from), 4);
        }
        for (TrackVisit visit : track.visits()) {
            g.setColor(visit.counted() ? MarksPainter.COUNTED : MarksPainter.NOT_COUNTED);
            int x = x(clock, visit.at());
            g.fillPolygon(new int[] {x, x + 4, x, x - 4}, new int[] {top + 4, top + 8, top + 12, top + 8}, 4);
        }
        g.setColor(MarksPainter.PHOTO);
        for (TrackPhoto photo : track.photos()) {
            g.fillRect(x(clock, photo.takenAt()) - 2, top + 1, 5, 4);
        }
    }

    private int x(ReplayClock clock, Instant t) {
        double f = Duration.between(clock.from(), t).toMillis() / (double) Duration.between(clock.from(), clock.to()).toMillis();
        return INSET + (int) Math.round(Math.max(0, Math.min(1, f)) * (getWidth() - 2 * INSET));
    }
}
