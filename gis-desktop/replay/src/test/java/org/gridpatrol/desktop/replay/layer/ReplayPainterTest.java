package org.gridpatrol.desktop.replay.layer;

import static org.gridpatrol.desktop.replay.scene.Tracks.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.gridpatrol.desktop.replay.scene.OffScreen;
import org.gridpatrol.desktop.replay.scene.ReplayClock;
import org.gridpatrol.desktop.replay.scene.ReplayScene;
import org.gridpatrol.desktop.replay.scene.ReplayTrack;
import org.gridpatrol.desktop.replay.scene.Tracks;
import org.gridpatrol.model.track.Track;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.viewer.GeoPosition;

/** The replay layer drawn into an image (the map is never shown, no tile is loaded) and its pixels read. */
class ReplayPainterTest {
    private static final double LON = 117.36;
    private static final double LAT = 32.93;
    private final JXMapViewer map = new JXMapViewer();
    private final ReplayScene scene = new ReplayScene();
    private final ReplayPainter painter = new ReplayPainter(scene);

    @BeforeEach
    void map() {
        OffScreen.aim(map, LAT, LON + 0.002);
        // 11 fixes 60 s apart walking east 0.0004° (~37 m) each; a stop at the 3rd, an alarm at the 8th
        List<Track.TrackPoint> raw = Tracks.walkEast(11, 60, LON, LAT, 0.0004);
        Track.Stop stop = new Track.Stop(LON + 0.0008, LAT, T0.plusSeconds(120), T0.plusSeconds(150));
        Track track = Tracks.track(1, raw, raw, List.of(stop), List.of(Tracks.alarm(1, "OFF_POST", T0.plusSeconds(420))));
        scene.load(List.of(ReplayTrack.of(track, "B1", false)), new ReplayClock(T0, T0.plusSeconds(600)));
    }

    private BufferedImage render(String name) throws Exception {
        return OffScreen.render(painter, map, "replay-" + name);
    }

    private Color at(BufferedImage image, double lon, double lat, int dx, int dy) {
        Point2D p = map.convertGeoPositionToPoint(new GeoPosition(lat, lon));
        return new Color(image.getRGB((int) Math.round(p.getX()) + dx, (int) Math.round(p.getY()) + dy));
    }

    @Test
    void theTrailRunsUpToTheReplayedMomentAndNotBeyond() throws Exception {
        scene.clock().seek(T0.plusSeconds(270)); // half way between the 5th and 6th fix
        BufferedImage image = render("half");
        Color colour = ReplayPainter.colour(0);
        // on the walked part, between fixes 1 and 2 (away from the stop and the marker)
        assertEquals(colour, at(image, LON + 0.0006, LAT, 0, 0));
        // well after the marker: not walked yet, white
        assertEquals(Color.WHITE, at(image, LON + 0.0034, LAT, 0, 0));
    }

    @Test
    void theMarkerStandsBetweenTheFixesAtTheInterpolatedPlace() throws Exception {
        scene.clock().seek(T0.plusSeconds(270));
        BufferedImage image = render("marker");
        // 4.5 steps of 0.0004°: the marker's centre, then its white ring 8 px off
        assertEquals(ReplayPainter.colour(0), at(image, LON + 0.0018, LAT, 0, -5));
        assertEquals(Color.WHITE, at(image, LON + 0.0018, LAT, 0, -8));
    }

    @Test
    void aStopIsFilledOnceReachedAndAnAlarmMarkTurnsRedWhenItsMomentComes() throws Exception {
        scene.clock().seek(T0.plusSeconds(60));
        BufferedImage before = render("before");
        assertEquals(Color.WHITE, at(before, LON + 0.0008, LAT, 0, 0), "stop not reached: hollow");
        assertEquals(Color.WHITE, at(before, LON + 0.0028, LAT, 0, -7), "alarm not reached: hollow");
        assertEquals(ReplayPainter.ALARM, at(before, LON + 0.0028, LAT, 0, -3), "its outline is there");

        scene.clock().seek(T0.plusSeconds(500));
        BufferedImage after = render("after");
        assertEquals(ReplayPainter.colour(0), at(after, LON + 0.0008, LAT, 0, 0), "stop reached: filled");
        assertEquals(ReplayPainter.ALARM, at(after, LON + 0.0028, LAT, 0, -7), "alarm reached: red");
    }

    @Test
    void nothingIsDrawnWithoutAReplay() throws Exception {
        scene.clear();
        BufferedImage image = render("none");
        for (int x = 0; x < 800; x += 7) {
            for (int y = 0; y < 600; y += 7) {
                assertEquals(Color.WHITE.getRGB(), image.getRGB(x, y));
            }
        }
    }

    @Test
    void twoOfficersGetTwoColours() {
        assertNotEquals(ReplayPainter.colour(0), ReplayPainter.colour(1));
        assertTrue(ReplayPainter.COLOURS.length >= 4);
    }
}
