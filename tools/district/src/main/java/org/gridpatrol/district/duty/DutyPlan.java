package org.gridpatrol.district.duty;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.district.grid.Grid;
import org.gridpatrol.district.org.OrgUnit;
import org.gridpatrol.district.people.Officer;

/**
 * Who patrols what, when. The bureau defines a weekday day shift (Mon–Fri 08:00–17:00) and a weekend
 * day shift (Sat–Sun 09:00–17:00); one squad also runs a night shift (every day 20:00–06:00, across
 * midnight). Officers of a squad are dealt its unit grids in turn, so every grid has someone; every
 * third officer also covers the next grid. Every fourth officer of the night squad works nights, every
 * fifth officer elsewhere also takes the weekend shift. All from 2026-01-01 (Beijing time), open-ended.
 */
public final class DutyPlan {

    public static final OffsetDateTime FROM = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(8));

    private final List<Shift> shifts;
    private final List<Assignment> assignments;

    private DutyPlan(List<Shift> shifts, List<Assignment> assignments) {
        this.shifts = shifts;
        this.assignments = assignments;
    }

    /**
     * @param gridsBySquad each squad's unit grids, in code order
     * @param officersBySquad each squad's officers, in badge order
     */
    public static DutyPlan of(OrgUnit bureau, List<OrgUnit> squads, OrgUnit nightSquad,
            List<List<Grid>> gridsBySquad, List<List<Officer>> officersBySquad, long firstShiftId,
            long firstWindowId, long firstAssignmentId) {
        long[] windowId = {firstWindowId};
        Shift weekday = new Shift(firstShiftId, "工作日白班", bureau.id(),
                windows(windowId, 1, 5, LocalTime.of(8, 0), LocalTime.of(17, 0)));
        Shift weekend = new Shift(firstShiftId + 1, "周末白班", bureau.id(),
                windows(windowId, 6, 7, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        Shift night = new Shift(firstShiftId + 2, "夜班", nightSquad.id(),
                windows(windowId, 1, 7, LocalTime.of(20, 0), LocalTime.of(6, 0)));

        List<Assignment> out = new ArrayList<>();
        for (int s = 0; s < squads.size(); s++) {
            List<Grid> grids = gridsBySquad.get(s);
            List<Officer> officers = officersBySquad.get(s);
            boolean nightSquadHere = squads.get(s).id() == nightSquad.id();
            for (int i = 0; i < officers.size(); i++) {
                List<Grid> mine = new ArrayList<>();
                mine.add(grids.get(i % grids.size()));
                if (i % 3 == 2 && grids.size() > 1) {
                    mine.add(grids.get((i + 1) % grids.size()));
                }
                List<Shift> when = new ArrayList<>();
                if (nightSquadHere && i % 4 == 3) {
                    when.add(night);
                } else {
                    when.add(weekday);
                    if (i % 5 == 1) {
                        when.add(weekend);
                    }
                }
                for (Shift shift : when) {
                    for (Grid g : mine) {
                        out.add(new Assignment(firstAssignmentId + out.size(), officers.get(i).id(), g.id(), shift.id(), FROM));
                    }
                }
            }
        }
        return new DutyPlan(List.of(weekday, weekend, night), List.copyOf(out));
    }

    private static List<Shift.Window> windows(long[] nextId, int fromDay, int toDay, LocalTime start, LocalTime end) {
        List<Shift.Window> w = new ArrayList<>();
        for (int d = fromDay; d <= toDay; d++) {
            w.add(new Shift.Window(nextId[0]++, d, start, end));
        }
        return w;
    }

    public List<Shift> shifts() {
        return shifts;
    }

    public List<Assignment> assignments() {
        return assignments;
    }
}
