package org.gridpatrol.model.track;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.gridpatrol.model.alarm.AlarmView;

/**
 * Everything a replay needs for one officer and a time window, in one answer.
 *
 * @param officerId the officer
 * @param from      start of the window
 * @param to        end of the window
 * @param raw       every stored fix, oldest first
 * @param cleaned   the track without jumps, simplified for display (no point moved more than {@code toleranceM})
 * @param toleranceM the simplification tolerance in metres
 * @param stops     where the officer stayed, from when to when
 * @param mileageM  metres walked: the cleaned track before simplification, a stop counted as its centre
 * @param alarms    the officer's alarms overlapping the window
 * @param visits    the officer's checkpoint visits (check-ins and stays read from the track) in the window, oldest first
 * @param photos    the photos the officer took in the window, oldest first
 */
public record Track(long officerId, Instant from, Instant to, List<TrackPoint> raw, JsonNode cleaned, double toleranceM,
                    List<Stop> stops, double mileageM, List<AlarmView> alarms, List<TrackVisit> visits,
                    List<TrackPhoto> photos) {

    /** Missing lists read as empty, so an answer from an older server still makes a track. */
    public Track {
        visits = visits == null ? List.of() : visits;
        photos = photos == null ? List.of() : photos;
    }

    /**
     * A track without visits and photos.
     *
     * @param officerId  the officer
     * @param from       start of the window
     * @param to         end of the window
     * @param raw        every stored fix
     * @param cleaned    the cleaned, simplified line
     * @param toleranceM the simplification tolerance in metres
     * @param stops      stays
     * @param mileageM   metres walked
     * @param alarms     alarms overlapping the window
     */
    public Track(long officerId, Instant from, Instant to, List<TrackPoint> raw, JsonNode cleaned, double toleranceM,
                 List<Stop> stops, double mileageM, List<AlarmView> alarms) {
        this(officerId, from, to, raw, cleaned, toleranceM, stops, mileageM, alarms, List.of(), List.of());
    }

    /**
     * One fix of the track.
     *
     * @param seq      the device's seq
     * @param time     when
     * @param lon      WGS84 longitude
     * @param lat      WGS84 latitude
     * @param accuracy accuracy radius in metres
     * @param mock     flagged by the phone as mock location
     */
    public record TrackPoint(long seq, Instant time, double lon, double lat, double accuracy, boolean mock) {
    }

    /**
     * A stay: the officer within a small circle for a while.
     *
     * @param lon  centre longitude
     * @param lat  centre latitude
     * @param from arrival
     * @param to   departure
     */
    public record Stop(double lon, double lat, Instant from, Instant to) {
    }
}
