package org.gridpatrol.simulator.run;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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

    private static final List<LocalTime> PROBES = List.of(LocalTime.of(22, 0), LocalTime.of(10, 0));

    private final SupervisorClient server;
    private final ZoneId zone;

    public DutyLookup(SupervisorClient server, ZoneId zone) {
        this.server = server;
        this.zone = zone;
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

    private static List<Long> ids(OfficerDuty duty) {
        List<Long> ids = new ArrayList<>();
        for (DutyGrid g : duty.grids()) {
            ids.add(g.gridId());
        }
        return ids;
    }
}
