package org.gridpatrol.district.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gridpatrol.district.TestDistrict;
import org.gridpatrol.district.org.OrgUnit;
import org.gridpatrol.district.people.Officer;
import org.junit.jupiter.api.Test;

class DemoAccountsTest {

    private final List<Account> accounts = TestDistrict.get().accounts();

    @Test
    void everyOfficerSignsInWithHisBadgeInHisSquad() {
        for (Officer o : TestDistrict.get().roster().officers()) {
            Account a = accounts.stream().filter(x -> o.badgeNo().equals(x.badgeNo())).findFirst().orElseThrow();
            assertEquals(o.badgeNo(), a.username());
            assertEquals(o.name(), a.displayName());
            assertEquals(o.squadId(), a.orgUnitId());
            assertEquals(Account.Role.OFFICER, a.role());
        }
    }

    @Test
    void oneSupervisorPerSquadAndOneForTheBureau() {
        List<Account> supervisors = accounts.stream().filter(a -> a.role() == Account.Role.SUPERVISOR).toList();
        assertEquals(7, supervisors.size());
        for (OrgUnit squad : TestDistrict.get().org().squads()) {
            assertTrue(supervisors.stream().anyMatch(a -> a.username().equals("sup-" + squad.code())
                    && a.orgUnitId() == squad.id()), squad.code());
        }
        assertTrue(supervisors.stream().anyMatch(a -> a.username().equals("sup-BS-340303")
                && a.orgUnitId() == TestDistrict.get().org().bureau().id()));
        supervisors.forEach(a -> assertEquals(null, a.badgeNo()));
    }

    @Test
    void usernamesAreDistinctIgnoringCaseAndHaveNoBlanks() {
        assertEquals(87, accounts.size());
        assertEquals(87, accounts.stream().map(a -> a.username().toLowerCase()).distinct().count());
        accounts.forEach(a -> assertTrue(a.username().matches("^\\S+$"), a.username()));
    }

    @Test
    void saltsAreFixedPerUserAndDifferBetweenUsers() {
        assertEquals(java.util.Arrays.toString(DemoPassword.salt("BS0001")),
                java.util.Arrays.toString(DemoPassword.salt("bs0001")));
        assertFalse(java.util.Arrays.equals(DemoPassword.salt("BS0001"), DemoPassword.salt("BS0002")));
    }
}
