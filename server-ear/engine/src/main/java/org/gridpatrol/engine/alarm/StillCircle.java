package org.gridpatrol.engine.alarm;

import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.zone.LocalPlane;

/**
 * The circle an officer has stayed in: centred on the running mean of the fixes in it, which
 * is steadier than any single noisy fix and drifts off as soon as the officer walks away.
 */
final class StillCircle {

    private double lon;
    private double lat;
    private int fixes;

    boolean covers(Fix f, double radiusMetres) {
        return fixes > 0 && LocalPlane.metresBetween(lon, lat, f.lon(), f.lat()) <= radiusMetres;
    }

    void add(Fix f) {
        fixes++;
        lon += (f.lon() - lon) / fixes;
        lat += (f.lat() - lat) / fixes;
    }

    void restartAt(Fix f) {
        lon = f.lon();
        lat = f.lat();
        fixes = 1;
    }

    StillCircleState state() {
        return new StillCircleState(lon, lat, fixes);
    }

    void restore(StillCircleState s) {
        lon = s.lon();
        lat = s.lat();
        fixes = s.fixes();
    }

    void reset() {
        fixes = 0;
    }
}
