package org.gridpatrol.desktop.replay.window;

import static org.gridpatrol.desktop.replay.scene.Tracks.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.ZoneOffset;
import java.util.List;
import org.gridpatrol.desktop.replay.layer.MarksPainter;
import org.gridpatrol.desktop.replay.scene.ReplayClock;
import org.gridpatrol.desktop.replay.scene.ReplayScene;
import org.gridpatrol.desktop.replay.scene.ReplayTrack;
import org.gridpatrol.desktop.replay.scene.Tracks;
import org.gridpatrol.model.track.Track;
import org.gridpatrol.model.track.TrackPhoto;
import org.gridpatrol.model.track.TrackVisit;
import org.junit.jupiter.api.Test;

/** The timeline drawn off-screen: a check-in's diamond and a photo's square at their moments. */
class TimelineMarksTest {
    @Test
    void visitsAndPhotosAreMarkedAtTheirMomentsInTheirColours() {
        List<Track.TrackPoint> raw = Tracks.walkEast(11, 60, 117.36, 32.93, 0.0004);
        Track track = new Track(1, T0, T0.plusSeconds(600), raw, Tracks.track(1, raw, raw, List.of(), List.of()).cleaned(), 2,
                List.of(), 0, List.of(),
                List.of(new TrackVisit(1, 10, "东门", 5L, T0.plusSeconds(150), "CHECKIN", null, null, true, null),
                        new TrackVisit(2, 11, "西门", 5L, T0.plusSeconds(450), "CHECKIN", null, null, false, "out of order")),
                List.of(new TrackPhoto(42, "EVIDENCE", T0.plusSeconds(300), null, null, "/photos/42/marked")));
        ReplayScene scene = new ReplayScene();
        scene.load(List.of(ReplayTrack.of(track, "B1", false)), new ReplayClock(T0, T0.plusSeconds(600)));
        scene.clock().seek(T0); // the cursor at the left edge, out of the way
        TimelineBar bar = new TimelineBar(scene, ZoneOffset.UTC);
        bar.setSize(624, 40);
        BufferedImage image = new BufferedImage(624, 40, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        bar.paint(g);
        g.dispose();
        // 12 px insets, 600 px for 600 s: one pixel a second; the row starts below the 18 px axis
        assertEquals(MarksPainter.COUNTED, new Color(image.getRGB(12 + 150, 18 + 8)));
        assertEquals(MarksPainter.NOT_COUNTED, new Color(image.getRGB(12 + 450, 18 + 8)));
        assertEquals(MarksPainter.PHOTO, new Color(image.getRGB(12 + 300, 18 + 2)));
        assertEquals(Color.WHITE, new Color(image.getRGB(12 + 220, 18 + 2)), "no photo there");
    }
}
