package org.gridpatrol.engine.alarm;

import org.gridpatrol.engine.fix.Fix;

/** Counts consecutive fixes with bit-identical coordinates: a real receiver always wobbles. */
final class NoiseWatch {

    private double lon;
    private double lat;
    private int count;
    private long firstSeq;

    /** True when this fix makes at least {@code limit} identical fixes in a row. */
    boolean observe(Fix f, int limit) {
        if (count > 0 && f.lon() == lon && f.lat() == lat) {
            count++;
        } else {
            lon = f.lon();
            lat = f.lat();
            count = 1;
            firstSeq = f.seq();
        }
        return count >= limit;
    }

    long firstSeq() {
        return firstSeq;
    }

    double lon() {
        return lon;
    }

    double lat() {
        return lat;
    }

    int count() {
        return count;
    }

    void restore(double lon, double lat, int count, long firstSeq) {
        this.lon = lon;
        this.lat = lat;
        this.count = count;
        this.firstSeq = firstSeq;
    }

    void reset() {
        restore(0, 0, 0, 0);
    }
}
