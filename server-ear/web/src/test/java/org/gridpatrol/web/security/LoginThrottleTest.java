package org.gridpatrol.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private static final class Ticking extends Clock {
        private Instant now = Instant.parse("2026-11-27T08:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theTwentiethFailureWithinTenMinutesBlocksTheAddressUntilTheFirstIsTenMinutesOld() {
        Ticking clock = new Ticking();
        LoginThrottle throttle = new LoginThrottle(clock, 20, Duration.ofMinutes(10));
        for (int i = 0; i < 19; i++) {
            throttle.failed("10.0.0.7");
            clock.now = clock.now.plusSeconds(10);
        }
        assertEquals(0, throttle.retryAfterSeconds("10.0.0.7"));
        throttle.failed("10.0.0.7");
        assertEquals(600 - 190, throttle.retryAfterSeconds("10.0.0.7"));
        assertEquals(0, throttle.retryAfterSeconds("10.0.0.8"), "another address is not affected");

        clock.now = clock.now.plusSeconds(410);
        assertEquals(0, throttle.retryAfterSeconds("10.0.0.7"), "the oldest failure has left the window");
    }
}
