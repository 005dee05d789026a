package org.gridpatrol.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed logins per client address: after 20 failures within 10 minutes, logins from
 * that address are refused until the oldest failure is 10 minutes old. Against one account the
 * account lock acts sooner; this slows down trying many accounts from one machine. Settings:
 * {@code gridpatrol.login.address-failures}, {@code gridpatrol.login.address-window-minutes}.
 */
@ApplicationScoped
public class LoginThrottle {
    private static final int TRACKED_MAX = 100_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();

    public LoginThrottle() {
        this(Clock.systemUTC(), Integer.getInteger("gridpatrol.login.address-failures", 20),
                Duration.ofMinutes(Long.getLong("gridpatrol.login.address-window-minutes", 10)));
    }

    LoginThrottle(Clock clock, int maxFailures, Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** @return 0 when the address may try to log in, else the seconds until it may */
    public long retryAfterSeconds(String address) {
        Deque<Long> times = failures.get(address);
        if (times == null) {
            return 0;
        }
        synchronized (times) {
            long now = clock.millis();
            prune(times, now);
            if (times.size() < maxFailures) {
                return 0;
            }
            return Math.max(1, (times.peekFirst() + window.toMillis() - now + 999) / 1000);
        }
    }

    /** Notes a failed login from the address. */
    public void failed(String address) {
        if (failures.size() > TRACKED_MAX) {
            long now = clock.millis();
            failures.values().removeIf(times -> {
                synchronized (times) {
                    prune(times, now);
                    return times.isEmpty();
                }
            });
        }
        Deque<Long> times = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.millis());
            while (times.size() > maxFailures) {
                times.removeFirst();
            }
        }
    }

    private void prune(Deque<Long> times, long now) {
        while (!times.isEmpty() && times.peekFirst() <= now - window.toMillis()) {
            times.removeFirst();
        }
    }
}
