package org.gridpatrol.simulator.run;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.client.SupervisorClient;
import org.gridpatrol.model.duty.DutyGrid;
import org.gridpatrol.model.duty.OfficerDuty;

/**
 * Which grids an officer patrols, from {@code GET /duty/officers/{id}/grids?at=}. Outside his
 * shifts he has none; the simulator still needs a beat, so it then asks for the mornings (10:00
 * in the bureau's zone) and nights (22:00) of the last week, latest first, and says so.
 */
public final class DutyLookup {

    /**
     * @param grids    the grid ids
     * @param at       the instant they were asked for
     * @param onDuty   whether that instant is the one wanted (false: a stand-in from an earlier shift)
     */
    public record Found(List<Long> grids, Instant at, boolean onDuty) {
    }

    /** How far back {@link #onDutySince} looks: longer than any shift. */
    static final Duration LOOK_BACK = Duration.ofHours(16);

    private static final List<LocalTime> PROBES = List.of(LocalTime.of(22, 0), LocalTime.of(10, 0));

    private final SupervisorClient server;
    private final ZoneId zone;

    public DutyLookup(SupervisorClient server, ZoneId zone) {
        this.server = server;
        this.zone = zone;
    }

    /** @return whether the server has the officer on duty (responsible for some grid) at an instant */
    public boolean onDuty(long officerId, Instant at) {
        return !server.officerGrids(officerId, at).grids().isEmpty();
    }

    public Found gridsOf(long officerId, Instant at) {
        List<Long> now = ids(server.officerGrids(officerId, at));
        if (!now.isEmpty()) {
            return new Found(now, at, true);
        }
        LocalDate day = at.atZone(zone).toLocalDate();
        for (int back = 0; back <= 7; back++) {
            for (LocalTime time : PROBES) {
                Instant probe = day.minusDays(back).atTime(time).atZone(zone).toInstant();
                if (probe.isAfter(at)) {
                    continue;
                }
                List<Long> then = ids(server.officerGrids(officerId, probe));
                if (!then.isEmpty()) {
                    return new Found(then, probe, false);
                }
            }
        }
        return new Found(List.of(), at, false);
    }

    /**
     * When the duty under way at {@code at} began, to the minute: a binary search over the last
     * {@link #LOOK_BACK} for the instant his grids appeared (a duty is one stretch of time).
     *
     * @param officerId an officer on duty at {@code at}
     * @return the start of that duty, or {@code at} minus {@link #LOOK_BACK} if it began earlier
     */
    public Instant onDutySince(long officerId, Instant at) {
        Instant off = at.minus(LOOK_BACK);
        Instant on = at;
        if (!server.officerGrids(officerId, off).grids().isEmpty()) {
            return off;
        }
        while (Duration.between(off, on).compareTo(Duration.ofMinutes(1)) > 0) {
            Instant mid = off.plus(Duration.between(off, on).dividedBy(2));
            if (server.officerGrids(officerId, mid).grids().isEmpty()) {
                off = mid;
            } else {
                on = mid;
            }
        }
        return on.truncatedTo(ChronoUnit.MINUTES).isBefore(on) ? on.truncatedTo(ChronoUnit.MINUTES).plus(Duration.ofMinutes(1))
                : on;
    }

    private static List<Long> ids(OfficerDuty duty) {
        List<Long> ids = new ArrayList<>();
        for (DutyGrid g : duty.grids()) {
            ids.add(g.gridId());
        }
        return ids;
    }
}
