package org.gridpatrol.engine.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods an officer was on duty, from his clock-in and clock-out events, cut to a window. A
 * clock-in without a clock-out lasts until the window ends or {@code now}, whichever is first; a
 * second clock-in while on duty changes nothing; a clock-out while off duty is ignored.
 */
public final class OnDuty {
    /** One event: {@code in} true for a clock-in. */
    public record Clock(Instant at, boolean in) {
    }

    /** A period [from, to). */
    public record Period(Instant from, Instant to) {
        /** @return seconds in it */
        public long seconds() {
            return to.getEpochSecond() - from.getEpochSecond();
        }

        /** @return true when the instant lies in it */
        public boolean contains(long millis) {
            return millis >= from.toEpochMilli() && millis < to.toEpochMilli();
        }
    }

    private OnDuty() {
    }

    /**
     * @param events clock events in time order, including the last one before the window
     * @param from   window start
     * @param to     window end
     * @param now    the present (an open clock-in runs until then)
     * @return the periods on duty inside the window, in order
     */
    public static List<Period> periods(List<Clock> events, Instant from, Instant to, Instant now) {
        List<Period> periods = new ArrayList<>();
        Instant end = to.isBefore(now) ? to : now;
        Instant since = null;
        for (Clock event : events) {
            if (event.in() && since == null) {
                since = event.at();
            } else if (!event.in() && since != null) {
                add(periods, since, event.at(), from, end);
                since = null;
            }
        }
        if (since != null) {
            add(periods, since, end, from, end);
        }
        return periods;
    }

    private static void add(List<Period> periods, Instant a, Instant b, Instant from, Instant end) {
        Instant start = a.isBefore(from) ? from : a;
        Instant stop = b.isAfter(end) ? end : b;
        if (start.isBefore(stop)) {
            periods.add(new Period(start, stop));
        }
    }

    /** @return total seconds of the periods */
    public static long seconds(List<Period> periods) {
        return periods.stream().mapToLong(Period::seconds).sum();
    }
}
