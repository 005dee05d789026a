package org.gridpatrol.engine.coverage;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * A track cut to the stretches that come near a box: a segment is kept when its own envelope
 * meets the box, so a day's track through a whole district adds only the few hundred metres
 * that matter to one grid. A single fix near the box stays alone (a disc).
 */
final class TrackPieces {
    private TrackPieces() {
    }

    /**
     * @param plane the metric plane
     * @param track {lon, lat} in time order
     * @param reach the box, metres
     * @return runs of consecutive positions in metres (a single position for a lone fix)
     */
    static List<Coordinate[]> within(MetricPlane plane, double[][] track, Envelope reach) {
        List<Coordinate[]> pieces = new ArrayList<>();
        if (track.length == 0) {
            return pieces;
        }
        Coordinate[] metres = new Coordinate[track.length];
        for (int i = 0; i < track.length; i++) {
            metres[i] = plane.coordinate(track[i][0], track[i][1]);
        }
        if (metres.length == 1) {
            if (reach.contains(metres[0])) {
                pieces.add(new Coordinate[] {metres[0]});
            }
            return pieces;
        }
        List<Coordinate> run = new ArrayList<>();
        for (int i = 1; i < metres.length; i++) {
            Envelope segment = new Envelope(metres[i - 1], metres[i]);
            if (segment.intersects(reach)) {
                if (run.isEmpty()) {
                    run.add(metres[i - 1]);
                }
                run.add(metres[i]);
            } else if (!run.isEmpty()) {
                pieces.add(run.toArray(Coordinate[]::new));
                run = new ArrayList<>();
            }
        }
        if (!run.isEmpty()) {
            pieces.add(run.toArray(Coordinate[]::new));
        }
        return pieces;
    }
}
