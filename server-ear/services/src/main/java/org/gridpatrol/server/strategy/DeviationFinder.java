package org.gridpatrol.server.strategy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridpatrol.model.strategy.LocationStrategy;
import org.gridpatrol.model.strategy.StrategyCompliance.Deviation;

/**
 * Judges from an officer's recent fixes whether his phone follows its location strategy. Medians,
 * not means, so one late batch or one bad fix does not decide. A rule is broken when the median is
 * more than {@link #FACTOR} times what the strategy wants:
 * <ul>
 * <li>{@code FIX_INTERVAL}: time between consecutive fixes (pauses over {@link #PAUSE} left out:
 *     the officer was off duty or the phone off, which other rules watch);</li>
 * <li>{@code UPLOAD_INTERVAL}: per batch (fixes received together), how long its oldest fix waited
 *     on the phone; a phone uploading every U seconds holds its oldest fix about U seconds;</li>
 * <li>{@code ACCURACY}: the accuracy radius the fixes report;</li>
 * <li>{@code OFF_DUTY_FIXES}: with a strategy that records only on duty, more than
 *     {@link #OFF_DUTY_TOLERANCE} fixes taken off duty (a phone stopping a few seconds after
 *     clock-out is not a deviation). The other rules then judge the on-duty fixes only: off duty
 *     no fixes are expected, so their absence is no deviation.</li>
 * </ul>
 * Plain Java: no clock, no database.
 */
public final class DeviationFinder {
    /** How far beyond the wanted value a median may go. */
    public static final double FACTOR = 2.0;
    /** Fewer fixes than this say nothing. */
    public static final int MIN_FIXES = 5;
    static final Duration PAUSE = Duration.ofMinutes(30);
    /** Off-duty fixes a phone recording only on duty may still send. */
    public static final int OFF_DUTY_TOLERANCE = 2;

    /**
     * One recent fix as the server stored it.
     *
     * @param time       the fix's own time
     * @param receivedAt when its batch arrived (one value per batch)
     * @param accuracy   its accuracy radius, metres; NaN when unknown
     * @param onDuty     whether the officer was on duty at its time
     */
    public record Sample(Instant time, Instant receivedAt, double accuracy, boolean onDuty) {
        /** A fix taken on duty. */
        public Sample(Instant time, Instant receivedAt, double accuracy) {
            this(time, receivedAt, accuracy, true);
        }
    }

    private DeviationFinder() {
    }

    /**
     * @param samples  recent fixes, any order
     * @param strategy the strategy in force
     * @return the rules broken, empty when the phone follows the strategy; null when there are
     *         too few fixes to judge
     */
    public static List<Deviation> find(List<Sample> samples, LocationStrategy strategy) {
        if (samples.size() < MIN_FIXES) {
            return null;
        }
        boolean dutyOnly = Boolean.TRUE.equals(strategy.onDutyOnly());
        List<Sample> judged = dutyOnly ? samples.stream().filter(Sample::onDuty).toList() : samples;
        int offDuty = samples.size() - judged.size();
        List<Deviation> found = judged.size() < MIN_FIXES ? new ArrayList<>() : intervalsAndAccuracy(judged, strategy);
        if (offDuty > OFF_DUTY_TOLERANCE) {
            found.add(new Deviation("OFF_DUTY_FIXES", 0, offDuty));
        } else if (judged.size() < MIN_FIXES) {
            return null;
        }
        return found;
    }

    private static List<Deviation> intervalsAndAccuracy(List<Sample> samples, LocationStrategy strategy) {
        List<Sample> byTime = new ArrayList<>(samples);
        byTime.sort(Comparator.comparing(Sample::time));
        List<Deviation> found = new ArrayList<>();

        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < byTime.size(); i++) {
            Duration gap = Duration.between(byTime.get(i - 1).time(), byTime.get(i).time());
            if (gap.compareTo(PAUSE) <= 0) {
                gaps.add(gap.toMillis() / 1000.0);
            }
        }
        check(found, "FIX_INTERVAL", strategy.fixIntervalS(), median(gaps));

        Map<Instant, Instant> oldestByBatch = new TreeMap<>();
        for (Sample s : byTime) {
            oldestByBatch.merge(s.receivedAt(), s.time(), (a, b) -> a.isBefore(b) ? a : b);
        }
        List<Double> held = new ArrayList<>();
        oldestByBatch.forEach((received, oldest) -> held.add(Math.max(0, Duration.between(oldest, received).toMillis() / 1000.0)));
        check(found, "UPLOAD_INTERVAL", strategy.uploadIntervalS(), median(held));

        List<Double> accuracies = byTime.stream().map(Sample::accuracy).filter(a -> !Double.isNaN(a)).toList();
        check(found, "ACCURACY", strategy.accuracyM(), median(accuracies));
        return found;
    }

    private static void check(List<Deviation> found, String rule, double wanted, double measured) {
        if (!Double.isNaN(measured) && measured > FACTOR * wanted) {
            found.add(new Deviation(rule, wanted, Math.round(measured * 10) / 10.0));
        }
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
