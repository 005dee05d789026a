package org.gridpatrol.engine.checkpoint;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a patrol plan asks, as the engine reads it: its stops, whether their order is forced, how
 * often the round repeats and over which period. Rounds are frequency slots counted from the
 * plan's start, or local calendar days when the plan has no frequency; a stop with a daily window
 * is due in a round only while its window overlaps it, and must be visited by the earlier of the
 * window's and the round's end.
 *
 * @param planId      the plan
 * @param forcedOrder visit in ordinal order (强制顺序巡检)
 * @param frequency   how often the round repeats, or null for once per day
 * @param validFrom   the plan's first instant
 * @param validTo     the first instant after it, or null for open-ended
 * @param zone        the zone daily windows are written in
 * @param stops       the stops, any order
 */
public record PlanRules(long planId, boolean forcedOrder, Duration frequency, Instant validFrom, Instant validTo,
                        ZoneId zone, List<Stop> stops) {
    /** Rounds a plan may list at once, so a wide window cannot make the timer loop for long. */
    static final int MAX_ROUNDS = 1_000;

    public PlanRules {
        stops = stops.stream().sorted(Comparator.comparingInt(Stop::ordinal)).toList();
    }

    /** @return the round that instant falls in, or empty outside the plan's period */
    public Optional<Round> roundAt(Instant t) {
        if (t.isBefore(validFrom) || (validTo != null && !t.isBefore(validTo))) {
            return Optional.empty();
        }
        if (frequency != null) {
            long k = Duration.between(validFrom, t).toMillis() / frequency.toMillis();
            return Optional.of(clip(validFrom.plus(frequency.multipliedBy(k)), validFrom.plus(frequency.multipliedBy(k + 1))));
        }
        LocalDate day = t.atZone(zone).toLocalDate();
        return Optional.of(clip(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    /** @return the rounds overlapping [from, to), oldest first, at most {@value #MAX_ROUNDS} */
    public List<Round> roundsBetween(Instant from, Instant to) {
        List<Round> rounds = new ArrayList<>();
        Instant t = from.isBefore(validFrom) ? validFrom : from;
        while (t.isBefore(to) && rounds.size() < MAX_ROUNDS) {
            Optional<Round> round = roundAt(t);
            if (round.isEmpty()) {
                break;
            }
            rounds.add(round.get());
            t = round.get().end();
        }
        return rounds;
    }

    /** @return when the stop may be visited in the round, or empty when its window does not touch it */
    public Optional<Due> due(Stop stop, Round round) {
        if (!stop.windowed()) {
            return Optional.of(new Due(stop, round.start(), round.end()));
        }
        LocalDate first = round.start().atZone(zone).toLocalDate().minusDays(1);
        for (int d = 0; d < 3; d++) {
            Instant opens = at(first.plusDays(d), stop.windowStart());
            Instant closes = opens.plus(length(stop.windowStart(), stop.windowEnd()));
            if (opens.isBefore(round.end()) && closes.isAfter(round.start())) {
                return Optional.of(new Due(stop, max(opens, round.start()), min(closes, round.end())));
            }
        }
        return Optional.empty();
    }

    /** @return what is due in the round, by ordinal */
    public List<Due> dueIn(Round round) {
        List<Due> due = new ArrayList<>();
        for (Stop stop : stops) {
            due(stop, round).ifPresent(due::add);
        }
        return due;
    }

    private Round clip(Instant start, Instant end) {
        return new Round(max(start, validFrom), validTo == null ? end : min(end, validTo));
    }

    private Instant at(LocalDate day, LocalTime time) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    private static Duration length(LocalTime start, LocalTime end) {
        Duration d = Duration.between(start, end);
        return d.isNegative() || d.isZero() ? d.plusDays(1) : d;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
