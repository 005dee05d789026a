package org.gridpatrol.desktop.replay.scene;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.model.alarm.AlarmView;
import org.gridpatrol.model.track.Track;

/** Tracks as the server answers them, built in code for tests. */
public final class Tracks {
    /** 08:00 UTC on a working day. */
    public static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");

    private Tracks() {
    }

    /** @return a fix every {@code everyS} seconds walking east by {@code stepDeg}, starting at (lon, lat) at T0 */
    public static List<Track.TrackPoint> walkEast(int n, int everyS, double lon, double lat, double stepDeg) {
        List<Track.TrackPoint> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            points.add(new Track.TrackPoint(i, T0.plusSeconds((long) i * everyS), lon + i * stepDeg, lat, 5, false));
        }
        return points;
    }

    /** @return a track of those fixes over [T0, T0 + 1 h] with its cleaned line, stops and alarms */
    public static Track track(long officerId, List<Track.TrackPoint> raw, List<Track.TrackPoint> cleanedVertices,
                              List<Track.Stop> stops, List<AlarmView> alarms) {
        ObjectNode line = JsonNodeFactory.instance.objectNode();
        line.put("type", "LineString");
        ArrayNode coordinates = line.putArray("coordinates");
        cleanedVertices.forEach(p -> coordinates.addArray().add(p.lon()).add(p.lat()));
        return new Track(officerId, T0, T0.plusSeconds(3600), raw, line, 2, stops, 0, alarms);
    }

    /** @return an alarm of that officer that began at that moment */
    public static AlarmView alarm(long officerId, String type, Instant start) {
        return new AlarmView(1, type, officerId, "B1", "Li", null, 7, "OPEN", start, null, null, start, false, "test", null);
    }
}
