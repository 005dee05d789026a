package org.gridpatrol.engine.track;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.zone.LocalPlane;

/**
 * Turns raw fixes into what a replay shows: jumps left out (a fix that would need an
 * impossible speed from the last kept one, or that is far worse than its accuracy
 * allows), stops found (a circle of a given radius held for a given time), and the
 * mileage of what remains.
 */
public final class TrackCleaner {
    private final double maxSpeedMps;
    private final double stopRadiusM;
    private final Duration minStop;

    /**
     * @param maxSpeedMps a move faster than this between kept fixes is a jump
     * @param stopRadiusM a stop stays within this radius
     * @param minStop     and lasts at least this long
     */
    public TrackCleaner(double maxSpeedMps, double stopRadiusM, Duration minStop) {
        this.maxSpeedMps = maxSpeedMps;
        this.stopRadiusM = stopRadiusM;
        this.minStop = minStop;
    }

    /** A walking patrol: jumps above 15 m/s, stops of 5 minutes within 30 m. */
    public static TrackCleaner walking() {
        return new TrackCleaner(15, 30, Duration.ofMinutes(5));
    }

    /**
     * @param fixes fixes in time order
     * @return the fixes kept, in time order
     */
    public List<Fix> withoutJumps(List<Fix> fixes) {
        List<Fix> kept = new ArrayList<>(fixes.size());
        for (Fix fix : fixes) {
            if (kept.isEmpty()) {
                kept.add(fix);
                continue;
            }
            Fix last = kept.get(kept.size() - 1);
            double seconds = Math.max(1, (fix.millis() - last.millis()) / 1000.0);
            double metres = LocalPlane.metresBetween(last.lon(), last.lat(), fix.lon(), fix.lat());
            // allow for both fixes' stated error before calling it a jump
            if ((metres - fix.accuracy() - last.accuracy()) / seconds <= maxSpeedMps) {
                kept.add(fix);
            }
        }
        return kept;
    }

    /**
     * @param fixes kept fixes in time order
     * @return the length of the path through them in metres
     */
    public static double mileage(List<Fix> fixes) {
        double metres = 0;
        for (int i = 1; i < fixes.size(); i++) {
            Fix a = fixes.get(i - 1);
            Fix b = fixes.get(i);
            metres += LocalPlane.metresBetween(a.lon(), a.lat(), b.lon(), b.lat());
        }
        return metres;
    }

    /**
     * Mileage that does not count GPS jitter while standing: inside a stay the officer
     * is at its centre, so the stay adds only the way in and the way out.
     *
     * @param fixes kept fixes in time order
     * @param stays the stays found in them
     * @return metres walked
     */
    public static double mileage(List<Fix> fixes, List<Stay> stays) {
        List<double[]> path = new ArrayList<>(fixes.size());
        int next = 0;
        for (Fix fix : fixes) {
            while (next < stays.size() && stays.get(next).last().millis() < fix.millis()) {
                next++;
            }
            Stay stay = next < stays.size() ? stays.get(next) : null;
            boolean inside = stay != null && fix.millis() >= stay.first().millis() && fix.millis() <= stay.last().millis();
            if (!inside) {
                path.add(new double[] {fix.lon(), fix.lat()});
            } else if (fix == stay.first()) {
                path.add(new double[] {stay.lon(), stay.lat()});
            }
        }
        double metres = 0;
        for (int i = 1; i < path.size(); i++) {
            metres += LocalPlane.metresBetween(path.get(i - 1)[0], path.get(i - 1)[1], path.get(i)[0], path.get(i)[1]);
        }
        return metres;
    }

    /** A stay found in a track. */
    public record Stay(double lon, double lat, Fix first, Fix last) {
    }

    /**
     * @param fixes kept fixes in time order
     * @return the stays: runs of fixes within the radius of the run's first fix, long enough
     */
    public List<Stay> stops(List<Fix> fixes) {
        List<Stay> stays = new ArrayList<>();
        int start = 0;
        while (start < fixes.size()) {
            Fix anchor = fixes.get(start);
            int end = start;
            double sumLon = anchor.lon();
            double sumLat = anchor.lat();
            while (end + 1 < fixes.size() && LocalPlane.metresBetween(anchor.lon(), anchor.lat(),
                    fixes.get(end + 1).lon(), fixes.get(end + 1).lat()) <= stopRadiusM) {
                end++;
                sumLon += fixes.get(end).lon();
                sumLat += fixes.get(end).lat();
            }
            Fix last = fixes.get(end);
            if (Duration.ofMillis(last.millis() - anchor.millis()).compareTo(minStop) >= 0) {
                int n = end - start + 1;
                stays.add(new Stay(sumLon / n, sumLat / n, anchor, last));
                start = end + 1;
            } else {
                start++;
            }
        }
        return stays;
    }
}
