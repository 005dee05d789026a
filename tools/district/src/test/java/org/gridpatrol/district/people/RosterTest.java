package org.gridpatrol.district.people;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gridpatrol.district.TestDistrict;
import org.junit.jupiter.api.Test;

class RosterTest {

    private final Roster roster = TestDistrict.get().roster();

    @Test
    void eightyOfficersEachWithOnePhone() {
        assertEquals(80, roster.officers().size());
        assertEquals(80, roster.devices().size());
        for (Officer o : roster.officers()) {
            assertEquals(1, roster.devices().stream().filter(d -> d.officerId() == o.id()).count(), o.badgeNo());
        }
    }

    @Test
    void badgesPhonesAndNamesLookRightAndAreDistinct() {
        assertEquals(80, roster.officers().stream().map(Officer::badgeNo).distinct().count());
        assertEquals(80, roster.officers().stream().map(Officer::name).distinct().count());
        assertEquals(80, roster.officers().stream().map(Officer::phone).distinct().count());
        for (Officer o : roster.officers()) {
            assertTrue(o.badgeNo().matches("^BS[0-9]{4}$"), o.badgeNo());
            assertTrue(o.phone().matches("^1[3-9][0-9]{9}$"), o.phone());
            assertTrue(o.name().matches("^\\p{IsHan}{2,3}$"), o.name());
        }
        roster.devices().forEach(d -> {
            assertTrue(d.uid().matches("^dev-BS[0-9]{4}$"), d.uid());
            assertEquals("Android 13", d.os());
        });
    }

    @Test
    void everySquadHasOfficers() {
        for (var squad : TestDistrict.get().org().squads()) {
            assertTrue(roster.officersOf(squad.id()).size() >= 8, squad.name());
        }
    }

    @Test
    void apportionSplitsByLargestRemainder() {
        assertArrayEquals(new int[] {4, 3, 3}, Roster.apportion(new int[] {1, 1, 1}, 10));
        assertArrayEquals(new int[] {14, 14, 13, 13, 13, 13}, Roster.apportion(new int[] {11, 11, 10, 10, 10, 10}, 76 + 4));
    }
}
