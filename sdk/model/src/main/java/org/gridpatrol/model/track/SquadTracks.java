package org.gridpatrol.model.track;

import java.time.Instant;
import java.util.List;

/**
 * The tracks of a squad's officers over one window, for side-by-side replay
 * ({@code GET /api/v1/tracks?squad=&from=&to=}).
 *
 * @param squadId  the squad (with its sub-units)
 * @param from     start of the window
 * @param to       end of the window
 * @param officers one track per officer, as {@code GET /tracks/{officerId}} gives it, by officer id
 */
public record SquadTracks(long squadId, Instant from, Instant to, List<Track> officers) {
}
