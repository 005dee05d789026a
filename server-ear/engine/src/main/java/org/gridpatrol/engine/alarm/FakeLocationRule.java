package org.gridpatrol.engine.alarm;

import org.gridpatrol.engine.fix.Fix;

/**
 * 虚拟定位: opens on the first piece of evidence and stays open while evidence keeps coming;
 * closes once fixes have been clean for the fake-location clear time.
 */
final class FakeLocationRule {

    final Dwell dwell;
    private boolean signed;

    FakeLocationRule(AlarmThresholds t) {
        this.dwell = new Dwell(AlarmType.FAKE_LOCATION, java.time.Duration.ZERO, t.fakeLocationClear());
    }

    /** Evidence at a time, proven by the fixes fromSeq..seq. */
    void sign(FakeSign sign, long at, long fromSeq, long seq, EventSink out) {
        dwell.observe(true, at, fromSeq, seq, sign.name(), out);
        signed = true;
    }

    /** The fix is done: if it brought no evidence it counts towards clearing. */
    void endOfFix(Fix f, EventSink out) {
        if (!signed) {
            dwell.observe(false, f.millis(), f.seq(), f.seq(), null, out);
        }
        signed = false;
    }
}
