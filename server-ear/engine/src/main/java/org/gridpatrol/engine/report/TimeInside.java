package org.gridpatrol.engine.report;

import java.util.List;
import org.gridpatrol.engine.fix.Fix;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Splits on-duty time into inside and outside the officer's own grids. A fix stands for the time
 * until the next fix, but for no more than {@code maxGapS}: a phone that went silent is not
 * counted as being anywhere. Only time within an on-duty period counts.
 */
public final class TimeInside {
    /** Seconds inside and outside. */
    public record Split(long insideS, long outsideS) {
    }

    private static final GeometryFactory WGS84 = new GeometryFactory();

    private final PreparedGeometry own;
    private final long maxGapMillis;

    /**
     * @param ownGrids the union of the officer's grids, lon/lat; null or empty when he has none
     * @param maxGapS  the longest time one fix may stand for
     */
    public TimeInside(Geometry ownGrids, long maxGapS) {
        this.own = ownGrids == null || ownGrids.isEmpty() ? null : PreparedGeometryFactory.prepare(ownGrids);
        this.maxGapMillis = maxGapS * 1000;
    }

    /**
     * @param fixes   kept fixes in time order
     * @param periods on-duty periods in order
     * @return seconds inside and outside the own grids
     */
    public Split split(List<Fix> fixes, List<OnDuty.Period> periods) {
        long inside = 0;
        long outside = 0;
        for (int i = 0; i < fixes.size(); i++) {
            Fix fix = fixes.get(i);
            long start = fix.millis();
            long end = i + 1 < fixes.size() ? Math.min(fixes.get(i + 1).millis(), start + maxGapMillis) : start;
            long onDuty = overlap(start, end, periods);
            if (onDuty == 0) {
                continue;
            }
            if (own != null && own.covers(WGS84.createPoint(new Coordinate(fix.lon(), fix.lat())))) {
                inside += onDuty;
            } else {
                outside += onDuty;
            }
        }
        return new Split(Math.round(inside / 1000.0), Math.round(outside / 1000.0));
    }

    private static long overlap(long start, long end, List<OnDuty.Period> periods) {
        long total = 0;
        for (OnDuty.Period p : periods) {
            long a = Math.max(start, p.from().toEpochMilli());
            long b = Math.min(end, p.to().toEpochMilli());
            if (b > a) {
                total += b - a;
            }
        }
        return total;
    }
}
