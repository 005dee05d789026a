package org.gridpatrol.district.account;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.district.org.OrgChart;
import org.gridpatrol.district.org.OrgUnit;
import org.gridpatrol.district.people.Officer;
import org.gridpatrol.district.people.Roster;

/**
 * The demo's login accounts: one per officer (username = badge number, role OFFICER, scoped to
 * his squad), one supervisor per squad ({@code sup-BS-340303-0101} …) and one for the whole bureau
 * ({@code sup-BS-340303}). All share the demo password {@link DemoPassword#PASSWORD}.
 */
public final class DemoAccounts {

    /** Prefix of the supervisors' usernames, followed by the code of their org unit. */
    public static final String SUPERVISOR_PREFIX = "sup-";

    private DemoAccounts() {
    }

    /** Officers in badge order, then the squads' supervisors in squad order, then the bureau's. */
    public static List<Account> of(OrgChart org, Roster roster) {
        List<Account> accounts = new ArrayList<>();
        for (Officer o : roster.officers()) {
            accounts.add(new Account(o.badgeNo(), o.name(), Account.Role.OFFICER, o.squadId(), o.badgeNo()));
        }
        for (OrgUnit squad : org.squads()) {
            accounts.add(supervisor(squad));
        }
        accounts.add(supervisor(org.bureau()));
        return List.copyOf(accounts);
    }

    private static Account supervisor(OrgUnit unit) {
        return new Account(SUPERVISOR_PREFIX + unit.code(), unit.name() + "督查员", Account.Role.SUPERVISOR, unit.id(), null);
    }
}
