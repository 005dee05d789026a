package org.gridpatrol.desktop.replay.api;

import java.time.Instant;
import java.util.List;

/**
 * Opens the replay window on officers' tracks. Found through the Lookup, so the alarms
 * window and the organization explorer can open a replay without knowing the window.
 */
public interface ReplayLauncher {

    /**
     * Loads the tracks of the officers over the window and shows them, paused at a moment.
     *
     * @param officerIds the officers to replay together
     * @param from       start of the window
     * @param to         end of the window, after {@code from}
     * @param at         the moment to show first (clamped into the window)
     */
    void open(List<Long> officerIds, Instant from, Instant to, Instant at);
}
