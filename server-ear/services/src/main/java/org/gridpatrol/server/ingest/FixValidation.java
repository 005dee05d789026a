package org.gridpatrol.server.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.gridpatrol.model.mobile.FixIn;
import org.gridpatrol.model.mobile.FixReceipt.Rejection;

/**
 * First step of ingest: each fix checked on its own, with a reason per refusal, and
 * converted to WGS84. A bad fix never spoils the good ones of its batch.
 */
final class FixValidation {
    static final Duration MAX_CLOCK_AHEAD = Duration.ofMinutes(10);
    static final Duration MAX_AGE = Duration.ofDays(30);
    static final double MAX_ACCURACY_M = 5_000;
    static final double MAX_SPEED_MPS = 200;
    private static final Set<String> PROVIDERS = Set.of("gps", "network", "fused");
    private static final Set<String> CRS = Set.of("WGS84", "CGCS2000", "GCJ02");

    /** Valid fixes (converted) and refusals, in batch order. */
    record Outcome(List<ValidFix> valid, List<Rejection> rejected) {
    }

    private FixValidation() {
    }

    static Outcome check(List<FixIn> fixes, Instant receivedAt) {
        List<ValidFix> valid = new ArrayList<>(fixes.size());
        List<Rejection> rejected = new ArrayList<>();
        Map<Long, FixIn> bySeq = new HashMap<>();
        for (int i = 0; i < fixes.size(); i++) {
            FixIn fix = fixes.get(i);
            String problem = problemWith(fix, receivedAt);
            if (problem != null) {
                String[] codeAndMessage = problem.split("\\|", 2);
                rejected.add(new Rejection(i, fix == null ? null : fix.seq(), codeAndMessage[0], codeAndMessage[1]));
                continue;
            }
            FixIn earlier = bySeq.putIfAbsent(fix.seq(), fix);
            if (earlier != null) {
                if (!Objects.equals(earlier, fix)) {
                    rejected.add(new Rejection(i, fix.seq(), "fix.seq-conflict",
                            "seq " + fix.seq() + " appears twice in the batch with different content"));
                }
                continue; // an exact repeat inside the batch is stored once
            }
            valid.add(convert(i, fix));
        }
        return new Outcome(valid, rejected);
    }

    private static String problemWith(FixIn fix, Instant receivedAt) {
        if (fix == null) {
            return "fix.missing|the fix is null";
        }
        if (fix.seq() == null || fix.seq() < 0) {
            return "fix.seq-missing|each fix needs its device seq, a number ≥ 0";
        }
        if (fix.time() == null) {
            return "fix.time-missing|the fix has no time";
        }
        if (fix.time().isAfter(receivedAt.plus(MAX_CLOCK_AHEAD))) {
            return "fix.time-in-future|the fix's time " + fix.time() + " is more than "
                    + MAX_CLOCK_AHEAD.toMinutes() + " min ahead of the server's clock";
        }
        if (fix.time().isBefore(receivedAt.minus(MAX_AGE))) {
            return "fix.too-old|the fix's time " + fix.time() + " is more than " + MAX_AGE.toDays() + " days old";
        }
        if (fix.lon() == null || fix.lat() == null || !Double.isFinite(fix.lon()) || !Double.isFinite(fix.lat())
                || Math.abs(fix.lon()) > 180 || Math.abs(fix.lat()) > 90) {
            return "fix.coordinate-out-of-range|longitude must lie in [-180, 180] and latitude in [-90, 90]";
        }
        if (fix.lon() == 0 && fix.lat() == 0) {
            return "fix.null-island|0,0 is what a phone sends when it has no position";
        }
        if (fix.accuracy() == null || !(fix.accuracy() > 0 && fix.accuracy() <= MAX_ACCURACY_M)) {
            return "fix.accuracy-absurd|accuracy must be a radius in metres, above 0 and at most " + (int) MAX_ACCURACY_M;
        }
        if (fix.speed() != null && !(fix.speed() >= 0 && fix.speed() <= MAX_SPEED_MPS)) {
            return "fix.speed-absurd|speed must lie in [0, " + (int) MAX_SPEED_MPS + "] m/s";
        }
        if (fix.provider() != null && !PROVIDERS.contains(fix.provider())) {
            return "fix.provider-unknown|provider is one of " + PROVIDERS;
        }
        if (fix.crs() != null && !CRS.contains(fix.crs())) {
            return "fix.crs-unknown|crs is one of " + CRS;
        }
        return null;
    }

    private static ValidFix convert(int index, FixIn fix) {
        String crs = fix.crs() == null ? "WGS84" : fix.crs();
        double[] wgs = "GCJ02".equals(crs) ? Gcj02.toWgs84(fix.lon(), fix.lat()) : new double[] {fix.lon(), fix.lat()};
        // PostgreSQL keeps microseconds: compare and store at that precision
        return new ValidFix(index, fix.seq(), fix.time().truncatedTo(ChronoUnit.MICROS), wgs[0], wgs[1], fix.accuracy().floatValue(),
                toFloat(fix.speed()), toFloat(fix.bearing()), toFloat(fix.altitude()),
                fix.provider() == null ? "gps" : fix.provider(), Boolean.TRUE.equals(fix.mock()), crs);
    }

    private static Float toFloat(Double value) {
        return value == null || !Double.isFinite(value) ? null : value.floatValue();
    }
}
