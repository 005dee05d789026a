package org.gridpatrol.engine.rules;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.engine.alarm.AlarmThresholds;

/**
 * One threshold as a rule set names it ({@code offPostMinutes}), with the range a person may set.
 * Durations are given in minutes (fractions allowed), distances in metres, speeds in m/s.
 */
public enum ThresholdSetting {
    ZONE_TOLERANCE_METRES("zoneToleranceMetres", 5, 500),
    CROSS_ZONE_MINUTES("crossZoneMinutes", 0.5, 120),
    OFF_POST_MINUTES("offPostMinutes", 1, 240),
    STILL_RADIUS_METRES("stillRadiusMetres", 10, 500),
    STILL_MINUTES("stillMinutes", 5, 480),
    STILL_CLEAR_MINUTES("stillClearMinutes", 0.5, 60),
    MAX_SPEED_MPS("maxSpeedMps", 10, 340),
    TELEPORT_METRES("teleportMetres", 100, 100_000),
    JUMP_METRES("jumpMetres", 10, 1000),
    JUMP_SPEED_MPS("jumpSpeedMps", 1, 100),
    NO_NOISE_FIXES("noNoiseFixes", 3, 1000),
    MAX_CLOCK_SKEW_MINUTES("maxClockSkewMinutes", 1, 1440),
    FAKE_LOCATION_CLEAR_MINUTES("fakeLocationClearMinutes", 1, 240),
    LATE_AFTER_MINUTES("lateAfterMinutes", 0.5, 1440);

    /** The name in a rule set's JSON. */
    public final String key;
    public final double min;
    public final double max;

    ThresholdSetting(String key, double min, double max) {
        this.key = key;
        this.min = min;
        this.max = max;
    }

    /** The setting with this JSON name. */
    public static Optional<ThresholdSetting> byKey(String key) {
        for (ThresholdSetting s : values()) {
            if (s.key.equals(key)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** Null when the value may be set; otherwise why not, in a sentence. */
    public String refusal(double value) {
        if (!Double.isFinite(value) || value < min || value > max) {
            return String.format(Locale.ROOT, "%s must be between %s and %s, not %s", key, plain(min), plain(max),
                    plain(value));
        }
        if (this == NO_NOISE_FIXES && value != Math.rint(value)) {
            return key + " must be a whole number, not " + plain(value);
        }
        return null;
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** Every setting of the thresholds, in this enum's units. */
    public static Map<ThresholdSetting, Double> of(AlarmThresholds t) {
        Map<ThresholdSetting, Double> m = new EnumMap<>(ThresholdSetting.class);
        m.put(ZONE_TOLERANCE_METRES, t.zoneToleranceMetres());
        m.put(CROSS_ZONE_MINUTES, minutes(t.crossZoneDwell()));
        m.put(OFF_POST_MINUTES, minutes(t.offPostDwell()));
        m.put(STILL_RADIUS_METRES, t.stillRadiusMetres());
        m.put(STILL_MINUTES, minutes(t.stillDwell()));
        m.put(STILL_CLEAR_MINUTES, minutes(t.stillClearDwell()));
        m.put(MAX_SPEED_MPS, t.maxSpeedMps());
        m.put(TELEPORT_METRES, t.teleportMetres());
        m.put(JUMP_METRES, t.jumpMetres());
        m.put(JUMP_SPEED_MPS, t.jumpSpeedMps());
        m.put(NO_NOISE_FIXES, (double) t.noNoiseFixes());
        m.put(MAX_CLOCK_SKEW_MINUTES, minutes(t.maxClockSkew()));
        m.put(FAKE_LOCATION_CLEAR_MINUTES, minutes(t.fakeLocationClear()));
        m.put(LATE_AFTER_MINUTES, minutes(t.lateAfter()));
        return m;
    }

    /** The thresholds with the given settings replaced. */
    public static AlarmThresholds with(AlarmThresholds base, Map<ThresholdSetting, Double> changes) {
        if (changes.isEmpty()) {
            return base;
        }
        Map<ThresholdSetting, Double> m = of(base);
        m.putAll(changes);
        return new AlarmThresholds(m.get(ZONE_TOLERANCE_METRES), duration(m.get(CROSS_ZONE_MINUTES)),
                duration(m.get(OFF_POST_MINUTES)), m.get(STILL_RADIUS_METRES), duration(m.get(STILL_MINUTES)),
                duration(m.get(STILL_CLEAR_MINUTES)), m.get(MAX_SPEED_MPS), m.get(TELEPORT_METRES),
                m.get(JUMP_METRES), m.get(JUMP_SPEED_MPS), (int) Math.round(m.get(NO_NOISE_FIXES)),
                duration(m.get(MAX_CLOCK_SKEW_MINUTES)), duration(m.get(FAKE_LOCATION_CLEAR_MINUTES)),
                duration(m.get(LATE_AFTER_MINUTES)));
    }

    private static double minutes(Duration d) {
        return d.toMillis() / 60_000.0;
    }

    private static Duration duration(double minutes) {
        return Duration.ofMillis(Math.round(minutes * 60_000));
    }
}
