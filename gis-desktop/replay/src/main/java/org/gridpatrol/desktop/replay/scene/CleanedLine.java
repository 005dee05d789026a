package org.gridpatrol.desktop.replay.scene;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.model.track.Track;

/**
 * Gives the cleaned line its times back. The server's cleaned line is a GeoJSON line
 * without times whose vertices are fixes it kept, in order, with their exact coordinates;
 * each vertex is matched to the next raw fix at that place.
 */
final class CleanedLine {
    /** Degrees within which a vertex is its fix (a micrometre): JSON may round the last digit. */
    private static final double SAME = 1e-11;

    private CleanedLine() {
    }

    /** @return the raw fixes that are vertices of the cleaned line, oldest first */
    static List<Track.TrackPoint> timed(List<Track.TrackPoint> raw, JsonNode cleaned) {
        double[][] vertices = ReplayTrack.coordinates(cleaned);
        List<Track.TrackPoint> timed = new ArrayList<>(vertices.length);
        int next = 0;
        for (double[] vertex : vertices) {
            for (int i = next; i < raw.size(); i++) {
                Track.TrackPoint p = raw.get(i);
                if (Math.abs(p.lon() - vertex[0]) < SAME && Math.abs(p.lat() - vertex[1]) < SAME) {
                    timed.add(p);
                    next = i + 1;
                    break;
                }
            }
        }
        return timed;
    }
}
