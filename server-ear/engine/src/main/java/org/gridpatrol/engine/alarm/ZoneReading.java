package org.gridpatrol.engine.alarm;

import java.util.Arrays;
import org.gridpatrol.engine.zone.GridIndex;

/**
 * Where a fix stands against the officer's grids, with the zone tolerance applied.
 *
 * @param foreignGrid a foreign grid the fix is deeper in than the tolerance, or {@link #NO_GRID}
 * @param inForeign   deeper than the tolerance in a foreign grid and not inside any own grid
 *                    (grids may overlap; being inside an own grid is never a crossing)
 * @param offPost     farther than the tolerance from every own grid
 */
record ZoneReading(long foreignGrid, boolean inForeign, boolean offPost) {

    static final long NO_GRID = Long.MIN_VALUE;

    /**
     * Reads a position against the index. An officer without own grids (or whose grids are not
     * in the index) is neither crossing nor off post: there is no post to judge against.
     */
    static ZoneReading of(GridIndex grids, long[] ownGrids, double lon, double lat, double tolerance) {
        long[] found = new long[8];
        int n = grids.gridsAt(lon, lat, found);
        if (n > found.length) {
            found = grids.gridsAt(lon, lat);
        }
        boolean inOwn = false;
        long foreign = NO_GRID;
        for (int i = 0; i < n; i++) {
            long id = found[i];
            if (Arrays.binarySearch(ownGrids, id) >= 0) {
                inOwn = true;
            } else if (foreign == NO_GRID && grids.depthMetres(id, lon, lat) > tolerance) {
                foreign = id;
            }
        }
        boolean known = false;
        boolean near = inOwn;
        for (int i = 0; i < ownGrids.length && !near; i++) {
            double depth = grids.depthMetres(ownGrids[i], lon, lat);
            if (!Double.isNaN(depth)) {
                known = true;
                near = depth >= -tolerance;
            }
        }
        boolean judged = inOwn || known;
        return new ZoneReading(foreign, judged && !inOwn && foreign != NO_GRID, judged && !near);
    }
}
