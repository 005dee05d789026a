package org.gridpatrol.model.track;

import java.time.Instant;

/**
 * A checkpoint visit on a replayed track: an explicit check-in or a stay read from the track.
 *
 * @param id             the visit's id
 * @param checkpointId   the checkpoint
 * @param checkpointName its name, for the timeline's label
 * @param planId         the plan it was judged against, or null when no plan covered it
 * @param at             when (device clock for a check-in, fix time for a stay)
 * @param source         {@code CHECKIN} or {@code TRACK}
 * @param lon            where the phone was, or null when it sent no position
 * @param lat            where the phone was, or null when it sent no position
 * @param counted        whether it counted for the plan
 * @param reason         why it did not count (too far, out of order, outside the window), else null
 */
public record TrackVisit(long id, long checkpointId, String checkpointName, Long planId, Instant at, String source,
                         Double lon, Double lat, boolean counted, String reason) {
}
