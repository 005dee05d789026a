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
 */
public record Track(long officerId, Instant from, Instant to, List<TrackPoint> raw, JsonNode cleaned, double toleranceM,
                    List<Stop> stops, double mileageM, List<AlarmView> alarms) {

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
