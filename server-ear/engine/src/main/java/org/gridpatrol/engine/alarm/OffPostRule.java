package org.gridpatrol.engine.alarm;

import org.gridpatrol.engine.fix.Fix;

/** 脱岗: farther than the tolerance from all own grids, continuously for the dwell. */
final class OffPostRule {

    final Dwell dwell;

    OffPostRule(AlarmThresholds t) {
        this.dwell = new Dwell(AlarmType.OFF_POST, t.offPostDwell(), t.offPostDwell());
    }

    void observe(Fix f, ZoneReading zone, EventSink out) {
        dwell.observe(zone.offPost(), f.millis(), f.seq(), f.seq(), null, out);
    }
}
