package org.gridpatrol.desktop.replay.scene;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.gridpatrol.model.alarm.AlarmView;
import org.gridpatrol.model.track.Track;
import org.gridpatrol.model.track.TrackPhoto;
import org.gridpatrol.model.track.TrackVisit;

/**
 * One officer's track as the replay walks it: times and positions in arrays (a day of
 * fixes is some tens of thousands), where he was at any moment, and his stops and alarms.
 */
public final class ReplayTrack {
    private final long officerId;
    private final String label;
    private final long[] times;
    private final double[] lons;
    private final double[] lats;
    private final List<Track.Stop> stops;
    private final List<AlarmView> alarms;
    private final List<TrackVisit> visits;
    private final List<TrackPhoto> photos;

    ReplayTrack(long officerId, String label, long[] times, double[] lons, double[] lats, List<Track.Stop> stops,
                List<AlarmView> alarms, List<TrackVisit> visits, List<TrackPhoto> photos) {
        this.officerId = officerId;
        this.label = label;
        this.times = times;
        this.lons = lons;
        this.lats = lats;
        this.stops = List.copyOf(stops);
        this.alarms = List.copyOf(alarms);
        this.visits = List.copyOf(visits);
        this.photos = List.copyOf(photos);
    }

    /**
     * @param track   the server's answer
     * @param label   badge and name to show
     * @param cleaned true for the cleaned line (jumps removed, simplified), false for every stored fix
     * @return the track to replay
     */
    public static ReplayTrack of(Track track, String label, boolean cleaned) {
        List<Track.TrackPoint> points = cleaned ? CleanedLine.timed(track.raw(), track.cleaned()) : track.raw();
        long[] times = new long[points.size()];
        double[] lons = new double[points.size()];
        double[] lats = new double[points.size()];
        for (int i = 0; i < times.length; i++) {
            Track.TrackPoint p = points.get(i);
            times[i] = p.time().toEpochMilli();
            lons[i] = p.lon();
            lats[i] = p.lat();
        }
        return new ReplayTrack(track.officerId(), label, times, lons, lats,
                track.stops() == null ? List.of() : track.stops(), track.alarms() == null ? List.of() : track.alarms(),
                track.visits(), track.photos());
    }

    /** @return his checkpoint visits (check-ins and stays read from the track), oldest first */
    public List<TrackVisit> visits() {
        return visits;
    }

    /** @return the photos he took, oldest first */
    public List<TrackPhoto> photos() {
        return photos;
    }

    /**
     * @return where a visit or photo was: its own position, else the track's at its moment
     * (a phone may send a photo without one); null when neither is known
     */
    public double[] placeOf(Double lon, Double lat, Instant at) {
        return lon != null && lat != null ? new double[] {lon, lat} : positionAt(at);
    }

    /** @return the officer */
    public long officerId() {
        return officerId;
    }

    /** @return badge and name */
    public String label() {
        return label;
    }

    /** @return how many positions */
    public int size() {
        return times.length;
    }

    /** @return the time of position {@code i} */
    public Instant time(int i) {
        return Instant.ofEpochMilli(times[i]);
    }

    /** @return longitude of position {@code i} */
    public double lon(int i) {
        return lons[i];
    }

    /** @return latitude of position {@code i} */
    public double lat(int i) {
        return lats[i];
    }

    /** @return where he stayed */
    public List<Track.Stop> stops() {
        return stops;
    }

    /** @return his alarms overlapping the window */
    public List<AlarmView> alarms() {
        return alarms;
    }

    /** @return the index of the last position at or before the moment, or -1 before the first */
    public int indexAt(Instant moment) {
        int found = Arrays.binarySearch(times, moment.toEpochMilli());
        if (found >= 0) {
            // equal times: the last of them
            while (found + 1 < times.length && times[found + 1] == times[found]) {
                found++;
            }
            return found;
        }
        return -found - 2;
    }

    /**
     * @return where he was at the moment, {lon, lat}: between two fixes on the straight line
     *         between them; null before his first fix; his last fix after it
     */
    public double[] positionAt(Instant moment) {
        int i = indexAt(moment);
        if (i < 0) {
            return null;
        }
        if (i == times.length - 1) {
            return new double[] {lons[i], lats[i]};
        }
        double f = (moment.toEpochMilli() - times[i]) / (double) (times[i + 1] - times[i]);
        return new double[] {lons[i] + f * (lons[i + 1] - lons[i]), lats[i] + f * (lats[i + 1] - lats[i])};
    }

    /** @return the time of the first position after the moment, or null */
    public Instant nextAfter(Instant moment) {
        int i = indexAt(moment) + 1;
        return i < times.length ? time(i) : null;
    }

    /** @return the time of the last position before the moment, or null */
    public Instant previousBefore(Instant moment) {
        int i = indexAt(moment.minusMillis(1));
        return i >= 0 ? time(i) : null;
    }

    /** @return the cleaned GeoJSON line's coordinates, read as [lon, lat] pairs (for tests and callers) */
    static double[][] coordinates(JsonNode line) {
        if (line == null || !line.has("coordinates")) {
            return new double[0][];
        }
        JsonNode c = line.get("coordinates");
        double[][] out = new double[c.size()][];
        for (int i = 0; i < c.size(); i++) {
            out[i] = new double[] {c.get(i).get(0).asDouble(), c.get(i).get(1).asDouble()};
        }
        return out;
    }
}
