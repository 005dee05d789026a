package org.gridpatrol.desktop.replay.scene;

import static org.gridpatrol.desktop.replay.scene.Tracks.T0;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.List;
import org.gridpatrol.model.track.Track;
import org.junit.jupiter.api.Test;

class ReplayTrackTest {
    private final List<Track.TrackPoint> raw = Tracks.walkEast(5, 10, 117.0, 32.0, 0.001);
    private final Track track = Tracks.track(3, raw, List.of(raw.get(0), raw.get(2), raw.get(4)), List.of(), List.of());

    @Test
    void betweenTwoFixesTheMarkerIsOnTheLineBetweenThem() {
        ReplayTrack replay = ReplayTrack.of(track, "B3", false);
        assertArrayEquals(new double[] {117.0005, 32.0}, replay.positionAt(T0.plusSeconds(5)), 1e-12);
        assertArrayEquals(new double[] {117.002, 32.0}, replay.positionAt(T0.plusSeconds(20)), 1e-12);
    }

    @Test
    void beforeTheFirstFixThereIsNoMarkerAndAfterTheLastItStays() {
        ReplayTrack replay = ReplayTrack.of(track, "B3", false);
        assertNull(replay.positionAt(T0.minusSeconds(1)));
        assertEquals(-1, replay.indexAt(T0.minusSeconds(1)));
        assertArrayEquals(new double[] {117.004, 32.0}, replay.positionAt(T0.plusSeconds(3000)), 1e-12);
    }

    @Test
    void cleanedTrackTakesTheTimesOfTheFixesItKept() {
        ReplayTrack cleaned = ReplayTrack.of(track, "B3", true);
        assertEquals(3, cleaned.size());
        assertEquals(T0.plusSeconds(20), cleaned.time(1));
        // between kept fixes 0 and 2 (20 s apart), at 10 s: half way
        assertArrayEquals(new double[] {117.001, 32.0}, cleaned.positionAt(T0.plusSeconds(10)), 1e-12);
    }

    @Test
    void nextAndPreviousFixAreTheNeighboursOfTheMoment() {
        ReplayTrack replay = ReplayTrack.of(track, "B3", false);
        assertEquals(T0.plusSeconds(20), replay.nextAfter(T0.plusSeconds(10)));
        assertEquals(T0.plusSeconds(10), replay.previousBefore(T0.plusSeconds(20)));
        assertNull(replay.nextAfter(T0.plusSeconds(40)));
        assertNull(replay.previousBefore(T0));
    }

    @Test
    void aHundredThousandFixesAreFoundByHalving() {
        List<Track.TrackPoint> day = Tracks.walkEast(100_000, 1, 117.0, 32.0, 0.000001);
        ReplayTrack replay = ReplayTrack.of(Tracks.track(3, day, day, List.of(), List.of()), "B3", false);
        assertEquals(54_321, replay.indexAt(T0.plus(Duration.ofMillis(54_321_500))));
    }
}
