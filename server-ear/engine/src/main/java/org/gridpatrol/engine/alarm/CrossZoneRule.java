package org.gridpatrol.engine.alarm;

import org.gridpatrol.engine.fix.Fix;

/** 跨区: deeper than the tolerance inside a foreign grid, continuously for the dwell. */
final class CrossZoneRule {

    final Dwell dwell;

    CrossZoneRule(AlarmThresholds t) {
        this.dwell = new Dwell(AlarmType.CROSS_ZONE, t.crossZoneDwell(), t.crossZoneDwell());
    }

    void observe(Fix f, ZoneReading zone, EventSink out) {
        String cause = zone.inForeign() ? "grid " + zone.foreignGrid() : null;
        dwell.observe(zone.inForeign(), f.millis(), f.seq(), f.seq(), cause, out);
    }
}
