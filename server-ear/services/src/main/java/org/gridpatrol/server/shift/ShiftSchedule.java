package org.gridpatrol.server.shift;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The weekly windows of a shift and what they mean on real days: plain Java, no database, so
 * the rules can be tested alone. A window belongs to the weekday it starts on; one whose end is
 * not after its start crosses midnight (equal: 24 hours). The holiday calendar decides per day:
 * a holiday cancels the windows starting that day, a make-up working day takes the windows of
 * another weekday. Windows are wall-clock times in the bureau's zone.
 */
public final class ShiftSchedule {
    private static final long WEEK_S = Duration.ofDays(7).toSeconds();

    /**
     * A weekly window.
     *
     * @param weekday ISO weekday it starts on, 1 = Monday
     * @param start   local start, inclusive
     * @param end     local end, exclusive; not after start: on the next day
     */
    public record Window(int weekday, LocalTime start, LocalTime end) {
        public Window {
            if (weekday < 1 || weekday > 7) {
                throw new IllegalArgumentException("weekday must be 1..7: " + weekday);
            }
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(end, "end");
        }

        /** @return true when the window ends on the day after it starts */
        public boolean crossesMidnight() {
            return !end.isAfter(start);
        }

        /** @return its nominal length: up to 24 hours */
        public Duration length() {
            Duration length = Duration.between(start, end);
            return crossesMidnight() ? length.plusDays(1) : length;
        }

        /** @return the real interval of this window when it starts on the given day */
        Interval on(LocalDate day, ZoneId zone) {
            Instant from = day.atTime(start).atZone(zone).toInstant();
            Instant to = (crossesMidnight() ? day.plusDays(1) : day).atTime(end).atZone(zone).toInstant();
            return new Interval(from, to);
        }

        private long startOfWeekS() {
            return (weekday - 1) * 86_400L + start.toSecondOfDay();
        }
    }

    /**
     * A real working interval.
     *
     * @param from start, inclusive
     * @param to   end, exclusive
     */
    public record Interval(Instant from, Instant to) {
        /** @return true when the instant lies in [from, to) */
        public boolean contains(Instant t) {
            return !t.isBefore(from) && t.isBefore(to);
        }
    }

    /**
     * Two windows that share some time of the week.
     *
     * @param first  index of the first in the shift's list
     * @param second index of the second
     */
    public record Overlap(int first, int second) {
    }

    private final List<Window> windows;

    public ShiftSchedule(List<Window> windows) {
        this.windows = List.copyOf(windows);
    }

    public List<Window> windows() {
        return windows;
    }

    /**
     * @param day      a local calendar day
     * @param zone     the bureau's zone
     * @param calendar the holiday calendar of the officer's unit
     * @return the working intervals of the windows that start on that day, in list order
     */
    public List<Interval> startingOn(LocalDate day, ZoneId zone, HolidayCalendar calendar) {
        Optional<DayRule> rule = calendar.ruleFor(day);
        if (rule.isPresent() && rule.get().isHoliday()) {
            return List.of();
        }
        int weekday = rule.map(DayRule::asWeekday).orElse(day.getDayOfWeek().getValue());
        List<Interval> intervals = new ArrayList<>();
        for (Window window : windows) {
            if (window.weekday() == weekday) {
                intervals.add(window.on(day, zone));
            }
        }
        return intervals;
    }

    /**
     * @return true when the instant lies in a window that started on its local day or the day before
     *         (no window is longer than a day)
     */
    public boolean covers(Instant t, ZoneId zone, HolidayCalendar calendar) {
        LocalDate today = t.atZone(zone).toLocalDate();
        for (LocalDate day : List.of(today.minusDays(1), today)) {
            for (Interval interval : startingOn(day, zone, calendar)) {
                if (interval.contains(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the first two windows that overlap in the weekly cycle (Sunday night runs into Monday), if any */
    public Optional<Overlap> firstOverlap() {
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                if (overlap(windows.get(i), windows.get(j))) {
                    return Optional.of(new Overlap(i, j));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean overlap(Window a, Window b) {
        long fromAToB = Math.floorMod(b.startOfWeekS() - a.startOfWeekS(), WEEK_S);
        long fromBToA = Math.floorMod(a.startOfWeekS() - b.startOfWeekS(), WEEK_S);
        return fromAToB < a.length().toSeconds() || fromBToA < b.length().toSeconds();
    }
}
