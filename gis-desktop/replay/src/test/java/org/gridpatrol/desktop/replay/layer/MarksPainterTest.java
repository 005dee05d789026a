package org.gridpatrol.desktop.replay.layer;

import static org.gridpatrol.desktop.replay.scene.Tracks.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.Color;
import java.awt.Point;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.gridpatrol.desktop.replay.scene.OffScreen;
import org.gridpatrol.desktop.replay.scene.ReplayClock;
import org.gridpatrol.desktop.replay.scene.ReplayScene;
import org.gridpatrol.desktop.replay.scene.ReplayTrack;
import org.gridpatrol.desktop.replay.scene.Tracks;
import org.gridpatrol.model.track.Track;
import org.gridpatrol.model.track.TrackPhoto;
import org.gridpatrol.model.track.TrackVisit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.viewer.GeoPosition;

/** Check-ins and photos drawn into an image (no tile loaded), their pixels read, and a click found on a photo. */
class MarksPainterTest {
    private static final double LON = 117.36;
    private static final double LAT = 32.93;
    private final JXMapViewer map = new JXMapViewer();
    private final ReplayScene scene = new ReplayScene();
    private final MarksPainter painter = new MarksPainter(scene);

    @BeforeEach
    void map() {
        OffScreen.aim(map, LAT, LON + 0.002);
        List<Track.TrackPoint> raw = Tracks.walkEast(11, 60, LON, LAT, 0.0004);
        // a counted check-in at the 3rd fix's place, one refused (out of order) at its own position north of the
        // 6th, and a photo sent without a position at 08:07 (placed on the track, at the 8th fix)
        List<TrackVisit> visits = List.of(
                new TrackVisit(1, 10, "东门", 5L, T0.plusSeconds(120), "CHECKIN", LON + 0.0008, LAT, true, null),
                new TrackVisit(2, 11, "西门", 5L, T0.plusSeconds(300), "CHECKIN", LON + 0.002, LAT + 0.0004, false,
                        "out of order"));
        List<TrackPhoto> photos = List.of(new TrackPhoto(42, "EVIDENCE", T0.plusSeconds(420), null, null,
                "/photos/42/marked"));
        Track track = new Track(1, T0, T0.plusSeconds(3600), raw, Tracks.track(1, raw, raw, List.of(), List.of()).cleaned(),
                2, List.of(), 0, List.of(), visits, photos);
        scene.load(List.of(ReplayTrack.of(track, "B1", false)), new ReplayClock(T0, T0.plusSeconds(600)));
    }

    private BufferedImage render(String name) throws Exception {
        return OffScreen.render(painter, map, "marks-" + name);
    }

    private Point pixel(double lon, double lat) {
        Point2D p = map.convertGeoPositionToPoint(new GeoPosition(lat, lon));
        return new Point((int) Math.round(p.getX()), (int) Math.round(p.getY()));
    }

    private Color at(BufferedImage image, double lon, double lat, int dx, int dy) {
        Point p = pixel(lon, lat);
        return new Color(image.getRGB(p.x + dx, p.y + dy));
    }

    @Test
    void marksAreHollowUntilTheReplayReachesThemThenFilledInTheirColour() throws Exception {
        scene.clock().seek(T0.plusSeconds(60));
        BufferedImage before = render("before");
        assertEquals(Color.WHITE, at(before, LON + 0.0008, LAT, 0, 0), "check-in not reached: hollow");
        assertEquals(MarksPainter.COUNTED, at(before, LON + 0.0008, LAT, 0, -6), "its outline is there");
        assertEquals(Color.WHITE, at(before, LON + 0.0028, LAT, -5, -3), "photo not taken yet: hollow");

        scene.clock().seek(T0.plusSeconds(500));
        BufferedImage after = render("after");
        assertEquals(MarksPainter.COUNTED, at(after, LON + 0.0008, LAT, 0, 0), "counted check-in: blue");
        assertEquals(MarksPainter.NOT_COUNTED, at(after, LON + 0.002, LAT + 0.0004, 0, 0), "refused: grey");
        assertEquals(MarksPainter.PHOTO, at(after, LON + 0.0028, LAT, -5, -3), "photo on the track where it was taken");
    }

    @Test
    void aClickOnThePhotoFindsItAndAClickBesideItNothing() {
        scene.clock().seek(T0.plusSeconds(500));
        Point photo = pixel(LON + 0.0028, LAT);
        assertEquals(42, painter.photoAt(map, new Point(photo.x + 3, photo.y - 2)).id());
        assertNull(painter.photoAt(map, new Point(photo.x + 30, photo.y)));
        assertNull(painter.photoAt(map, pixel(LON + 0.0008, LAT)), "a check-in is not a photo");
    }
}
