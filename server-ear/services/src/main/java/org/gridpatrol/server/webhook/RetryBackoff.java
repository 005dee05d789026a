package org.gridpatrol.server.webhook;

import java.time.Duration;

/**
 * When a failed delivery is tried again: the base delay, doubled after each failure, at most an
 * hour apart (so a receiver back after a night gets its events within the hour); a delivery is
 * given up a day after its event. The base is {@code gridpatrol.webhook.retry-base-ms} (30 s),
 * read each time so tests and operators can change it.
 */
public final class RetryBackoff {
    /** The system property of the base delay in milliseconds. */
    public static final String BASE_PROPERTY = "gridpatrol.webhook.retry-base-ms";
    static final long DEFAULT_BASE_MS = 30_000;
    static final Duration MAX_DELAY = Duration.ofHours(1);

    private RetryBackoff() {
    }

    /**
     * @param failures failed attempts so far, at least 1
     * @param baseMs   the first delay
     * @return the delay before the next attempt
     */
    public static Duration after(int failures, long baseMs) {
        int doublings = Math.min(Math.max(failures, 1) - 1, 30);
        long ms = baseMs << doublings;
        return ms <= 0 || ms > MAX_DELAY.toMillis() ? MAX_DELAY : Duration.ofMillis(ms);
    }

    /** @return the delay before the next attempt with the configured base */
    public static Duration after(int failures) {
        return after(failures, Long.getLong(BASE_PROPERTY, DEFAULT_BASE_MS));
    }
}
