package org.gridpatrol.engine.alarm;

import java.time.Duration;
import java.util.Objects;

/**
 * Every number the rules use; configurable per org unit (services resolve the officer's set).
 * An alarm closes once its condition has been clear for the same dwell that opened it.
 *
 * @param zoneToleranceMetres   how deep into a foreign grid, or how far outside the own grids,
 *                              a fix must be to count; raised to the fix's accuracy radius when larger
 * @param crossZoneDwell        how long the officer must stay in a foreign grid (跨区)
 * @param offPostDwell          how long the officer must stay away from the own grids (脱岗)
 * @param stillRadiusMetres     radius of the circle an officer stays within to be still (静止)
 * @param stillDwell            how long the officer must stay within it
 * @param stillClearDwell       how long the officer must stay out of the circle for a still alarm to
 *                              end; shorter than stillDwell, because a patrol that later passes by the
 *                              spot where he stood must not keep the old alarm open for hours
 * @param maxSpeedMps           implied speeds above this between consecutive fixes are impossible
 * @param teleportMetres        an impossible jump at least this long is a teleport
 * @param jumpMetres            jump filter: a fix farther than jumpMetres + jumpSpeedMps × Δt from
 *                              the last trusted fix is held back until the next fix says whether it
 *                              was a lone outlier (dropped) or real movement (kept)
 * @param jumpSpeedMps          see jumpMetres
 * @param noNoiseFixes          this many consecutive fixes with identical coordinates are fake
 * @param maxClockSkew          a fix time this far ahead of the server's receive time is fake
 * @param fakeLocationClear     a fake-location alarm closes after this long without new evidence
 * @param lateAfter             an event triggered by a fix older than its receive time by more than
 *                              this is marked late
 */
public record AlarmThresholds(double zoneToleranceMetres, Duration crossZoneDwell, Duration offPostDwell,
                              double stillRadiusMetres, Duration stillDwell, Duration stillClearDwell,
                              double maxSpeedMps, double teleportMetres, double jumpMetres, double jumpSpeedMps,
                              int noNoiseFixes, Duration maxClockSkew, Duration fakeLocationClear,
                              Duration lateAfter) {

    /** The defaults of the architecture's alarm semantics. */
    public static final AlarmThresholds DEFAULTS = new AlarmThresholds(
            30, Duration.ofMinutes(2), Duration.ofMinutes(10),
            50, Duration.ofMinutes(30), Duration.ofMinutes(2),
            50, 1000, 60, 6,
            20, Duration.ofMinutes(5), Duration.ofMinutes(5),
            Duration.ofMinutes(2));

    public AlarmThresholds {
        positive(zoneToleranceMetres, "zoneToleranceMetres");
        positive(stillRadiusMetres, "stillRadiusMetres");
        positive(maxSpeedMps, "maxSpeedMps");
        positive(teleportMetres, "teleportMetres");
        positive(jumpMetres, "jumpMetres");
        positive(jumpSpeedMps, "jumpSpeedMps");
        if (noNoiseFixes < 2) {
            throw new IllegalArgumentException("noNoiseFixes must be at least 2: " + noNoiseFixes);
        }
        for (Duration d : new Duration[] {crossZoneDwell, offPostDwell, stillDwell, stillClearDwell, maxClockSkew,
            fakeLocationClear, lateAfter}) {
            if (Objects.requireNonNull(d, "durations are required").isNegative()) {
                throw new IllegalArgumentException("durations must not be negative: " + d);
            }
        }
    }

    private static void positive(double value, String name) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }

    /** The zone tolerance for a fix: never less than its accuracy radius. */
    double toleranceFor(double accuracyMetres) {
        return Math.max(zoneToleranceMetres, accuracyMetres);
    }
}
