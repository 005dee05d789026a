package org.gridpatrol.simulator.gps;

import java.util.Random;

/**
 * What a phone's location fix gets wrong, in metres, fix after fix.
 *
 * <ul>
 *   <li><b>Accuracy</b> (the radius the phone reports) wanders between 5 and 30 m: it relaxes
 *       towards the officer's usual value, with now and then a bad patch of a few minutes
 *       (tall buildings, tree cover) at 18–30 m.</li>
 *   <li><b>Error</b> is mostly slow drift, as real receivers have: a first-order Gauss–Markov
 *       process per axis (correlation time {@value #DRIFT_SECONDS} s) with a little white jitter on
 *       top, so no two fixes are ever identical. Its size follows the accuracy: per axis
 *       σ = accuracy / 2.5, which keeps ~95 % of fixes within the reported radius (phones report
 *       conservatively).</li>
 *   <li><b>Outliers</b>: about one fix in {@value #OUTLIER_ONE_IN} lands 100–300 m off, alone
 *       (never two in a row), with an ordinary accuracy — the multipath jump a server must not
 *       take for movement.</li>
 * </ul>
 */
public final class GpsNoise {

    static final double MIN_ACCURACY = 5;
    static final double MAX_ACCURACY = 30;
    static final double DRIFT_SECONDS = 45;
    static final int OUTLIER_ONE_IN = 250;
    private static final double ACCURACY_SECONDS = 30;
    private static final double BAD_PATCH_PER_SECOND = 1.0 / (20 * 60);
    private static final double WHITE_SHARE = 0.2;

    /** One fix's error. */
    public record Reading(double dx, double dy, double accuracy, boolean outlier) {
    }

    private final Random random;
    private final double usual;
    private double accuracy;
    private double target;
    private double badPatchLeft;
    private double ux;
    private double uy;
    private boolean lastWasOutlier;

    /**
     * @param usualAccuracy this phone's accuracy in the open, metres (6–14 is typical)
     */
    public GpsNoise(Random random, double usualAccuracy) {
        this.random = random;
        this.usual = clamp(usualAccuracy);
        this.accuracy = usual;
        this.target = usual;
        this.ux = random.nextGaussian();
        this.uy = random.nextGaussian();
    }

    /**
     * @param seconds        since the previous fix
     * @param outliersAllowed false while something else decides where the fix lands
     */
    public Reading next(double seconds, boolean outliersAllowed) {
        moveAccuracy(seconds);
        double rho = Math.exp(-seconds / DRIFT_SECONDS);
        double fresh = Math.sqrt(1 - rho * rho);
        ux = rho * ux + fresh * random.nextGaussian();
        uy = rho * uy + fresh * random.nextGaussian();
        double sigma = accuracy / 2.5;
        double dx = sigma * (ux + WHITE_SHARE * random.nextGaussian());
        double dy = sigma * (uy + WHITE_SHARE * random.nextGaussian());
        boolean outlier = outliersAllowed && !lastWasOutlier && random.nextInt(OUTLIER_ONE_IN) == 0;
        if (outlier) {
            double r = 100 + 200 * random.nextDouble();
            double a = random.nextDouble() * 2 * Math.PI;
            dx += r * Math.cos(a);
            dy += r * Math.sin(a);
        }
        lastWasOutlier = outlier;
        return new Reading(dx, dy, Math.round(accuracy * 10) / 10.0, outlier);
    }

    private void moveAccuracy(double seconds) {
        if (badPatchLeft > 0) {
            badPatchLeft -= seconds;
            if (badPatchLeft <= 0) {
                target = usual;
            }
        } else if (random.nextDouble() < BAD_PATCH_PER_SECOND * seconds) {
            badPatchLeft = 60 + 240 * random.nextDouble();
            target = 18 + 12 * random.nextDouble();
        }
        double pull = 1 - Math.exp(-seconds / ACCURACY_SECONDS);
        accuracy = clamp(accuracy + (target - accuracy) * pull + 0.4 * random.nextGaussian());
    }

    private static double clamp(double a) {
        return Math.max(MIN_ACCURACY, Math.min(MAX_ACCURACY, a));
    }
}
