package org.gridpatrol.engine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.engine.fix.Fix;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

class TimeInsideTest {
    private static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");

    private static Fix at(int second, double lon) {
        return new Fix(T0.plusSeconds(second), lon, 32.5, 5, 1.2, "gps", false, second);
    }

    @Test
    void tenMinutesInsideThenFiveOutsideWhileClockedIn() {
        List<Fix> fixes = new ArrayList<>();
        for (int s = 0; s <= 900; s += 10) {
            fixes.add(at(s, s < 600 ? 117.005 : 117.02));
        }
        List<OnDuty.Period> duty = OnDuty.periods(List.of(new OnDuty.Clock(T0, true), new OnDuty.Clock(T0.plusSeconds(900), false)),
                T0.minusSeconds(3600), T0.plusSeconds(3600), T0.plusSeconds(7200));
        TimeInside meter = new TimeInside(new GeometryFactory().toGeometry(new Envelope(117.0, 117.01, 32.0, 33.0)), 300);
        assertEquals(new TimeInside.Split(600, 300), meter.split(fixes, duty));
        assertEquals(900, OnDuty.seconds(duty));
    }

    @Test
    void aSilentPhoneCountsForFiveMinutesAndOffDutyTimeNotAtAll() {
        List<Fix> fixes = List.of(at(0, 117.005), at(3600, 117.005), at(3610, 117.005));
        List<OnDuty.Period> duty = OnDuty.periods(List.of(new OnDuty.Clock(T0, true)), T0, T0.plusSeconds(3605),
                T0.plusSeconds(99_999));
        TimeInside meter = new TimeInside(new GeometryFactory().toGeometry(new Envelope(117.0, 117.01, 32.0, 33.0)), 300);
        assertEquals(new TimeInside.Split(305, 0), meter.split(fixes, duty));
    }

    @Test
    void anOpenClockInEndsAtNowAndAClockOutWithoutClockInIsIgnored() {
        List<OnDuty.Clock> events = List.of(new OnDuty.Clock(T0.minusSeconds(100), false),
                new OnDuty.Clock(T0.plusSeconds(100), true), new OnDuty.Clock(T0.plusSeconds(200), true));
        List<OnDuty.Period> periods = OnDuty.periods(events, T0, T0.plusSeconds(86_400), T0.plusSeconds(1000));
        assertEquals(List.of(new OnDuty.Period(T0.plusSeconds(100), T0.plusSeconds(1000))), periods);
    }
}
