package org.gridpatrol.desktop.replay.scene;

import static org.gridpatrol.desktop.replay.scene.Tracks.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.gridpatrol.model.track.Track;
import org.junit.jupiter.api.Test;

class ReplaySceneTest {
    private final ReplayScene scene = new ReplayScene();

    private void loadTwoOfficers() {
        // officer 1 reports every 10 s from T0, officer 2 every 7 s from T0 + 3 s
        List<Track.TrackPoint> one = Tracks.walkEast(10, 10, 117.0, 32.0, 0.001);
        List<Track.TrackPoint> two = Tracks.walkEast(10, 7, 117.0, 32.01, 0.001).stream()
                .map(p -> new Track.TrackPoint(p.seq(), p.time().plusSeconds(3), p.lon(), p.lat(), 5, false)).toList();
        scene.load(List.of(ReplayTrack.of(Tracks.track(1, one, one, List.of(), List.of()), "B1", false),
                ReplayTrack.of(Tracks.track(2, two, two, List.of(), List.of()), "B2", false)),
                new ReplayClock(T0, T0.plusSeconds(3600)));
    }

    @Test
    void stepForwardStandsOnTheNextFixOfAnyOfficer() {
        loadTwoOfficers();
        scene.stepForward();
        assertEquals(T0.plusSeconds(3), scene.clock().now());
        scene.stepForward();
        assertEquals(T0.plusSeconds(10), scene.clock().now());
        scene.stepForward();
        assertEquals(T0.plusSeconds(17), scene.clock().now());
        scene.stepBack();
        assertEquals(T0.plusSeconds(10), scene.clock().now());
    }

    @Test
    void steppingPausesAPlayingReplay() {
        loadTwoOfficers();
        scene.clock().play();
        scene.stepForward();
        assertFalse(scene.clock().playing());
    }

    @Test
    void ticksMoveOnlyAPlayingReplayAndTellListeners() {
        loadTwoOfficers();
        AtomicInteger told = new AtomicInteger();
        scene.addChangeListener(e -> told.incrementAndGet());
        scene.tick(Duration.ofSeconds(1));
        assertEquals(0, told.get());
        scene.clock().setSpeed(16);
        scene.clock().play();
        scene.tick(Duration.ofMillis(500));
        assertEquals(T0.plusSeconds(8), scene.clock().now());
        assertEquals(1, told.get());
    }
}
