package org.gridpatrol.district.duty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridpatrol.district.District;
import org.gridpatrol.district.TestDistrict;
import org.gridpatrol.district.grid.Grid;
import org.gridpatrol.district.people.Officer;
import org.junit.jupiter.api.Test;

class DutyPlanTest {

    private final District district = TestDistrict.get();
    private final Map<Long, Grid> grids = district.unitGrids().stream().collect(Collectors.toMap(Grid::id, g -> g));

    @Test
    void everyOfficerHasOneOrTwoUnitGridsOfTheirOwnSquad() {
        for (Officer o : district.roster().officers()) {
            Set<Long> mine = district.duty().assignments().stream().filter(a -> a.officerId() == o.id())
                    .map(Assignment::gridId).collect(Collectors.toSet());
            assertTrue(mine.size() == 1 || mine.size() == 2, o.badgeNo() + " has " + mine.size());
            mine.forEach(g -> assertEquals(o.squadId(), grids.get(g).orgUnitId(), o.badgeNo()));
        }
    }

    @Test
    void everyUnitGridHasSomeoneAssigned() {
        Set<Long> covered = district.duty().assignments().stream().map(Assignment::gridId).collect(Collectors.toSet());
        district.unitGrids().forEach(g -> assertTrue(covered.contains(g.id()), g.name()));
    }

    @Test
    void dayShiftsOnWeekdaysAndWeekendsAndOneSquadsNightShiftCrossesMidnight() {
        Shift weekday = district.duty().shifts().get(0);
        assertEquals(Set.of(1, 2, 3, 4, 5), weekday.windows().stream().map(Shift.Window::weekday).collect(Collectors.toSet()));
        assertEquals(LocalTime.of(8, 0), weekday.windows().get(0).start());
        assertEquals(LocalTime.of(17, 0), weekday.windows().get(0).end());
        Shift weekend = district.duty().shifts().get(1);
        assertEquals(Set.of(6, 7), weekend.windows().stream().map(Shift.Window::weekday).collect(Collectors.toSet()));
        Shift night = district.duty().shifts().get(2);
        assertEquals(7, night.windows().size());
        assertTrue(night.windows().get(0).end().isBefore(night.windows().get(0).start()));
        assertTrue(district.org().squads().stream().anyMatch(s -> s.id() == night.orgUnitId()));
        assertTrue(district.duty().assignments().stream().anyMatch(a -> a.shiftId() == night.id()));
    }
}
