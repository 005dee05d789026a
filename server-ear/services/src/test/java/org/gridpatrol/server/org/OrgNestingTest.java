package org.gridpatrol.server.org;

import static org.gridpatrol.model.org.OrgUnitKind.BRIGADE;
import static org.gridpatrol.model.org.OrgUnitKind.BUREAU;
import static org.gridpatrol.model.org.OrgUnitKind.SQUAD;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrgNestingTest {
    @Test
    void onlyABureauIsARoot() {
        assertTrue(OrgNesting.allows(null, BUREAU));
        assertFalse(OrgNesting.allows(null, BRIGADE));
        assertFalse(OrgNesting.allows(null, SQUAD));
    }

    @Test
    void bureauHoldsBureausBrigadesAndSquadsBrigadesHoldSquadsSquadsHoldNothing() {
        assertTrue(OrgNesting.allows(BUREAU, BUREAU));
        assertTrue(OrgNesting.allows(BUREAU, BRIGADE));
        assertTrue(OrgNesting.allows(BUREAU, SQUAD));
        assertTrue(OrgNesting.allows(BRIGADE, SQUAD));
        assertFalse(OrgNesting.allows(BRIGADE, BRIGADE));
        assertFalse(OrgNesting.allows(BRIGADE, BUREAU));
        assertFalse(OrgNesting.allows(SQUAD, SQUAD));
        assertFalse(OrgNesting.allows(SQUAD, BRIGADE));
    }
}
