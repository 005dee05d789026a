package org.gridpatrol.geoserver.http;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsed capabilities by request URL, kept for a while: a GeoServer's capabilities are often megabytes
 * and slow to produce, and the desktop asks for them each time a supervisor opens the base-map dialog.
 *
 * @param <T> the parsed form
 */
public final class CapabilitiesCache<T> {
    private final Clock clock;
    private final Duration lifetime;
    private final ConcurrentHashMap<URI, Entry<T>> entries = new ConcurrentHashMap<>();

    private record Entry<T>(T value, Instant until) {
    }

    /**
     * @param clock    the time source
     * @param lifetime how long an entry stays
     */
    public CapabilitiesCache(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /**
     * @param uri the request URL
     * @return the cached value, or null when absent or expired
     */
    public T get(URI uri) {
        Entry<T> e = entries.get(uri);
        if (e == null || !clock.instant().isBefore(e.until())) {
            entries.remove(uri);
            return null;
        }
        return e.value();
    }

    /**
     * @param uri   the request URL
     * @param value the parsed capabilities
     */
    public void put(URI uri, T value) {
        entries.put(uri, new Entry<>(value, clock.instant().plus(lifetime)));
    }

    /** Forgets everything (the supervisor pressed "reload"). */
    public void clear() {
        entries.clear();
    }
}
