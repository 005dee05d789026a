package org.gridpatrol.server.events;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * The live stream behind {@code /api/v1/events}: numbers events, keeps the most recent
 * ones so a desktop that reconnects with {@code Last-Event-ID} misses nothing, and
 * hands each new event to the subscribers. Publishing never waits for a subscriber:
 * each one drains its own queue on its own thread.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class LiveEvents {
    /** How many recent events a reconnecting desktop can catch up on. */
    static final int KEPT = 20_000;

    private final LiveEvent[] recent = new LiveEvent[KEPT];
    private long nextId = 1;
    private final Set<Consumer<LiveEvent>> subscribers = new CopyOnWriteArraySet<>();

    /**
     * @param name    the event's name
     * @param orgPath the path of the org unit whose subtree may see it
     * @param data    the payload
     */
    public void publish(String name, String orgPath, Object data) {
        LiveEvent event;
        synchronized (recent) {
            event = new LiveEvent(nextId, name, orgPath, data);
            recent[(int) (nextId % KEPT)] = event;
            nextId++;
        }
        for (Consumer<LiveEvent> subscriber : subscribers) {
            subscriber.accept(event);
        }
    }

    /**
     * Subscribes and returns what the subscriber missed, atomically: nothing falls between.
     *
     * @param subscriber  takes each new event; must not block
     * @param lastEventId the last event the subscriber saw, or null for none
     * @return the kept events after {@code lastEventId}, oldest first
     */
    public List<LiveEvent> subscribe(Consumer<LiveEvent> subscriber, Long lastEventId) {
        synchronized (recent) {
            subscribers.add(subscriber);
            List<LiveEvent> missed = new ArrayList<>();
            if (lastEventId != null) {
                long from = Math.max(lastEventId + 1, nextId - KEPT);
                for (long id = from; id < nextId; id++) {
                    missed.add(recent[(int) (id % KEPT)]);
                }
            }
            return missed;
        }
    }

    /** @param subscriber a subscriber that went away */
    public void unsubscribe(Consumer<LiveEvent> subscriber) {
        subscribers.remove(subscriber);
    }
}
