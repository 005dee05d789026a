package org.gridpatrol.server.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridpatrol.server.mobile.DeviceIdentity;
import org.junit.jupiter.api.Test;

class PermissionsTest {
    private static final Set<String> BUSINESS = Set.of("officer", "device", "grid", "assignment", "shift", "duty",
            "alarm", "alarm-rule", "geometry", "mobile");

    private static Set<String> domains(Role role) {
        return Permissions.of(role).stream().map(p -> p.substring(0, p.indexOf(':'))).collect(Collectors.toSet());
    }

    @Test
    void theThreeAdministratorsSeeNoBusinessData() {
        for (Role role : Role.SEPARATED) {
            assertTrue(domains(role).stream().noneMatch(BUSINESS::contains), role + " " + Permissions.of(role));
        }
    }

    @Test
    void eachAdministratorHasADutyNoOtherRoleHas() {
        for (Role role : Role.values()) {
            assertEquals(role == Role.AUDITOR, Permissions.of(role).contains(Permissions.AUDIT_READ), role.name());
            assertEquals(role == Role.SECURITY_ADMIN, Permissions.of(role).contains(Permissions.ACCOUNT_WRITE), role.name());
        }
    }

    @Test
    void anOfficerOnlyUploadsAndAnIntegrationOnlyReads() {
        assertEquals(Set.of(Permissions.MOBILE_UPLOAD), Permissions.of(Role.OFFICER));
        assertTrue(Permissions.of(Role.INTEGRATION).stream().allMatch(p -> p.endsWith(":read")));
    }

    @Test
    void aDesktopSessionNeverCarriesTheOfficersMobilePermission() {
        Identity session = new Identity(Identity.Kind.SESSION, 1, 7L, "li", 3L, "/1/3/",
                EnumSet.of(Role.SUPERVISOR, Role.OFFICER), Set.of(), null);
        assertTrue(session.permissions().contains(Permissions.GRID_WRITE));
        assertTrue(!session.permissions().contains(Permissions.MOBILE_UPLOAD));
    }

    @Test
    void aPhoneCarriesOnlyTheOfficersPermissionWhateverElseTheAccountHolds() {
        Identity phone = new Identity(Identity.Kind.DEVICE, 1, 7L, "li", 3L, "/1/3/",
                EnumSet.of(Role.SUPERVISOR, Role.OFFICER), Set.of(), new DeviceIdentity(7, 2, 5));
        assertEquals(Set.of(Permissions.MOBILE_UPLOAD), phone.permissions());
    }

    @Test
    void anApiKeyCarriesOnlyItsReadScopes() {
        Identity key = new Identity(Identity.Kind.API_KEY, 1, null, "gpk_x", 3L, "/1/3/", EnumSet.of(Role.INTEGRATION),
                Set.of(Permissions.GRID_READ, Permissions.GRID_WRITE, "audit:read"), null);
        assertEquals(Set.of(Permissions.GRID_READ), key.permissions());
    }
}
