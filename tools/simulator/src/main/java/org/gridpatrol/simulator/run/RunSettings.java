package org.gridpatrol.simulator.run;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.gridpatrol.simulator.Options;

/**
 * The clocks of a run, worked out from the options.
 *
 * <ul>
 *   <li>realtime: the phones' clock is the real one.</li>
 *   <li>accelerated: the clock runs {@code --speed} times fast from {@code --start}, or by default
 *       from 08:30 of the latest weekday whose run would end before now (the demo's day shift is
 *       08:00–17:00, and the server raises alarms only on duty), or when the run is longer than a
 *       shift, from just far enough back that it ends now.</li>
 *   <li>load: the clock runs as fast as the asked rate needs, ending now.</li>
 * </ul>
 * No fix is ever dated after the real time at which it is sent.
 *
 * @param options     the command line
 * @param simStart    the phones' clock at the start
 * @param wallLimit   how long to run, or null until stopped
 * @param speed       simulated seconds per real second
 * @param uploadEvery simulated time between a phone's uploads
 * @param batchEnough upload at once when this many fixes wait
 */
public record RunSettings(Options options, Instant simStart, Duration wallLimit, double speed, Duration uploadEvery,
                          int batchEnough) {

    /** Kept between the last simulated fix and the real time. */
    static final Duration MARGIN = Duration.ofMinutes(2);
    /** No misbehaviour in the first minutes: the server first needs a track. */
    static final Duration WARM_UP = Duration.ofMinutes(5);
    private static final LocalTime SHIFT_START = LocalTime.of(8, 30);
    private static final Duration SHIFT_SPAN = Duration.ofMinutes(8 * 60 + 30);

    public static RunSettings of(Options o, Instant now) {
        double speed = o.clockSpeed();
        Instant start;
        switch (o.mode()) {
            case REALTIME -> start = now;
            case ACCELERATED -> start = o.start() != null ? o.start() : acceleratedStart(now, o.duration(), speed, o.zone());
            default -> start = o.start() != null ? o.start() : SimClock.startInThePast(now, o.duration(), speed, MARGIN);
        }
        if (now.minus(Duration.ofDays(29)).isAfter(start)) {
            throw new IllegalArgumentException("the run would start at " + start + ", more than 29 days ago: the server "
                    + "refuses fixes older than 30 days; shorten --duration or lower --rate/--speed");
        }
        if (o.mode() != org.gridpatrol.simulator.run.Mode.REALTIME && start.isAfter(now.minus(MARGIN))) {
            throw new IllegalArgumentException("--start must lie in the past: the phones' clocks run fast");
        }
        boolean load = o.mode() == org.gridpatrol.simulator.run.Mode.LOAD;
        Duration upload = load ? o.fixEvery().multipliedBy(o.batch()) : o.uploadEvery();
        return new RunSettings(o, start, o.duration(), speed, upload, load ? o.batch() : Integer.MAX_VALUE);
    }

    static Instant acceleratedStart(Instant now, Duration wall, double speed, ZoneId zone) {
        Duration span = Duration.ofMillis(Math.round(wall.toMillis() * speed));
        if (span.compareTo(SHIFT_SPAN) > 0) {
            return SimClock.startInThePast(now, wall, speed, MARGIN);
        }
        LocalDate day = now.atZone(zone).toLocalDate();
        for (int back = 0; back < 14; back++, day = day.minusDays(1)) {
            Instant s = day.atTime(SHIFT_START).atZone(zone).toInstant();
            boolean weekday = day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
            if (weekday && !s.plus(span).isAfter(now.minus(MARGIN))) {
                return s;
            }
        }
        return SimClock.startInThePast(now, wall, speed, MARGIN);
    }

    /** @return the simulated instant at which the run ends by itself, or null */
    public Instant simEnd() {
        return wallLimit == null ? null : simStart.plusMillis(Math.round(wallLimit.toMillis() * speed));
    }
}
