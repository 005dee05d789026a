package org.gridpatrol.model.officer;

import java.time.Instant;

/**
 * One element of {@code GET /api/v1/officers/positions}: where an officer was last known to be,
 * so a desktop that opens mid-shift shows everyone at once, the silent ones included.
 *
 * @param officerId     the officer
 * @param badgeNo       his badge number
 * @param name          his name
 * @param squadId       his squad
 * @param lon           longitude of his newest stored fix, WGS84
 * @param lat           latitude of his newest stored fix, WGS84
 * @param accuracyM     that fix's accuracy radius in metres, or null
 * @param time          that fix's time
 * @param lastContactAt when his phone last sent anything (fixes or a heartbeat), or null
 * @param clockedIn     whether he is clocked in now
 */
public record LastPosition(long officerId, String badgeNo, String name, long squadId, double lon, double lat,
                           Float accuracyM, Instant time, Instant lastContactAt, boolean clockedIn) {
}
