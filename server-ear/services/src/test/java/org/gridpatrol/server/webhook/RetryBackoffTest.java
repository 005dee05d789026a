package org.gridpatrol.server.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryBackoffTest {
    @Test
    void theDelayDoublesAfterEachFailure() {
        assertEquals(Duration.ofSeconds(30), RetryBackoff.after(1, 30_000));
        assertEquals(Duration.ofSeconds(60), RetryBackoff.after(2, 30_000));
        assertEquals(Duration.ofSeconds(120), RetryBackoff.after(3, 30_000));
    }

    @Test
    void theDelayStopsGrowingAtAnHourEvenAfterManyFailures() {
        assertEquals(Duration.ofHours(1), RetryBackoff.after(8, 30_000));
        assertEquals(Duration.ofHours(1), RetryBackoff.after(500, 30_000));
    }

    @Test
    void aDayOfRetriesFromThirtySecondsMakesAboutThirtyAttempts() {
        long elapsed = 0;
        int attempts = 0;
        while (elapsed < Duration.ofDays(1).toMillis()) {
            attempts++;
            elapsed += RetryBackoff.after(attempts, 30_000).toMillis();
        }
        assertEquals(30, attempts);
    }
}
