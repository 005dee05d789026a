package org.gridpatrol.desktop.connection.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Consumer;

/**
 * The server's live event stream ({@code /api/v1/events}, server-sent events):
 * {@code officer.position}, {@code alarm.opened}, {@code alarm.closed}. Found through
 * the Lookup. Listeners are called on the stream's own thread.
 */
public interface ServerEvents {

    /** Where the stream stands. */
    enum State {
        /** not started (no sign-in yet) */
        STOPPED,
        /** connecting or reconnecting */
        CONNECTING,
        /** receiving events */
        LIVE,
        /** the server has no event stream (404); nothing will arrive */
        UNAVAILABLE
    }

    /**
     * @param event    the event name, e.g. {@code officer.position}
     * @param listener told each event's data as JSON
     */
    void subscribe(String event, Consumer<JsonNode> listener);

    /** @return the stream's state */
    State state();
}
