package org.gridpatrol.server.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.model.mobile.FixIn;
import org.junit.jupiter.api.Test;

class ClockEvidenceTest {
    private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

    private static FixIn fix(long seq, Instant time, Double lon) {
        return new FixIn(seq, time, lon, 32.93, 8.0, null, null, null, "gps", false, null);
    }

    @Test
    void onlyFixesRefusedForAClockAheadOfTheServerBecomeEvidence() {
        List<FixIn> batch = List.of(fix(1, NOW.minusSeconds(10), 117.37), fix(2, NOW.plusSeconds(1800), 117.37),
                fix(3, NOW.minusSeconds(40L * 24 * 3600), 117.37), fix(4, NOW.plusSeconds(1800), 500.0));
        FixValidation.Outcome checked = FixValidation.check(batch, NOW);

        List<Fix> evidence = ClockEvidence.aheadOfServer(batch, checked.rejected());

        assertEquals(1, checked.valid().size());
        assertEquals(List.of(2L), evidence.stream().map(Fix::seq).toList(), "too old and off the globe are no evidence");
    }
}
