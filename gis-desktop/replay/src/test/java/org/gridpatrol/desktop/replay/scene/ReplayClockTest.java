package org.gridpatrol.desktop.replay.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReplayClockTest {
    private static final Instant FROM = Instant.parse("2026-11-26T08:00:00Z");
    private final ReplayClock clock = new ReplayClock(FROM, FROM.plusSeconds(3600));

    @Test
    void pausedClockDoesNotMove() {
        clock.advance(Duration.ofSeconds(10));
        assertEquals(FROM, clock.now());
    }

    @Test
    void playingAtOneTimesFollowsWallTime() {
        clock.play();
        clock.advance(Duration.ofMillis(40));
        clock.advance(Duration.ofMillis(40));
        assertEquals(FROM.plusMillis(80), clock.now());
    }

    @Test
    void sixtyFourTimesCoversAMinuteOfPatrolInLessThanOneSecond() {
        clock.setSpeed(64);
        clock.play();
        clock.advance(Duration.ofMillis(1000));
        assertEquals(FROM.plusSeconds(64), clock.now());
    }

    @Test
    void everyOfferedSpeedIsAcceptedAndOthersAreRefused() {
        for (int s : ReplayClock.SPEEDS) {
            clock.setSpeed(s);
            assertEquals(s, clock.speed());
        }
        assertThrows(IllegalArgumentException.class, () -> clock.setSpeed(3));
        assertThrows(IllegalArgumentException.class, () -> clock.setSpeed(128));
    }

    @Test
    void playingStopsAtTheEndOfTheWindowAndPlayAgainStartsOver() {
        clock.setSpeed(64);
        clock.play();
        clock.advance(Duration.ofSeconds(120));
        assertEquals(FROM.plusSeconds(3600), clock.now());
        assertFalse(clock.playing());
        clock.play();
        assertEquals(FROM, clock.now());
        assertTrue(clock.playing());
    }

    @Test
    void pauseKeepsTheMomentAndSpeedChangesTheRateFromThere() {
        clock.play();
        clock.advance(Duration.ofSeconds(10));
        clock.pause();
        clock.advance(Duration.ofSeconds(10));
        assertEquals(FROM.plusSeconds(10), clock.now());
        clock.setSpeed(8);
        clock.play();
        clock.advance(Duration.ofSeconds(10));
        assertEquals(FROM.plusSeconds(90), clock.now());
    }

    @Test
    void seekingIsClampedIntoTheWindow() {
        clock.seek(FROM.minusSeconds(50));
        assertEquals(FROM, clock.now());
        clock.seek(FROM.plusSeconds(99_999));
        assertEquals(FROM.plusSeconds(3600), clock.now());
        clock.seekFraction(0.25);
        assertEquals(FROM.plusSeconds(900), clock.now());
        assertEquals(0.25, clock.fraction(), 1e-9);
    }

    @Test
    void aWindowMustEndAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new ReplayClock(FROM, FROM));
    }
}
