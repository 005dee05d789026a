package org.gridpatrol.server.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gridpatrol.model.strategy.LocationStrategy;
import org.gridpatrol.server.problem.ProblemException;
import org.junit.jupiter.api.Test;

class StrategyRulesTest {
    private static ProblemException refused(LocationStrategy requested) {
        return assertThrows(ProblemException.class, () -> StrategyRules.resolve(requested));
    }

    @Test
    void aProfileAloneTakesItsOwnValues() {
        assertEquals(StrategyRules.POWER_SAVING, StrategyRules.resolve(new LocationStrategy("POWER_SAVING", null, null, null, null)));
        assertEquals(new LocationStrategy("PRECISE", 5, 10, 30, false),
                StrategyRules.resolve(new LocationStrategy("PRECISE", null, null, null, false)));
    }

    @Test
    void aProfileWithOtherValuesIsRefused() {
        ProblemException e = refused(new LocationStrategy("PRECISE", 60, null, null, null));
        assertEquals("strategy.preset-values-differ", e.problem().code());
        assertEquals(422, e.problem().status());
    }

    @Test
    void customValuesOutOfRangeAreEachNamed() {
        ProblemException e = refused(new LocationStrategy("CUSTOM", 0, 2000, 30, true));
        assertEquals("strategy.fix-interval-out-of-range", e.problem().code());
        assertEquals(2, e.problem().errors().size());
        assertEquals("strategy.accuracy-out-of-range", e.problem().errors().get(1).code());
    }

    @Test
    void uploadingMoreOftenThanFixingIsRefused() {
        assertEquals("strategy.upload-before-fix", refused(new LocationStrategy("CUSTOM", 60, 20, 30, true)).problem().code());
    }

    @Test
    void customNeedsEveryValueAndProfilesAreKnown() {
        assertEquals("strategy.value-missing", refused(new LocationStrategy("CUSTOM", 10, 20, 60, null)).problem().code());
        assertEquals("strategy.profile-unknown", refused(new LocationStrategy("TURBO", null, null, null, null)).problem().code());
        assertEquals("strategy.profile-unknown", refused(new LocationStrategy(null, null, null, null, null)).problem().code());
        LocationStrategy custom = new LocationStrategy("CUSTOM", 10, 20, 60, true);
        assertEquals(custom, StrategyRules.resolve(custom));
    }
}
