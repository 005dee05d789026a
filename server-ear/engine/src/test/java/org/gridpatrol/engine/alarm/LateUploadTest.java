package org.gridpatrol.engine.alarm;

import static org.gridpatrol.engine.alarm.Patrol.T0;
import static org.gridpatrol.engine.alarm.Patrol.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gridpatrol.engine.testkit.Track;
import org.junit.jupiter.api.Test;

class LateUploadTest {

    @Test
    void phoneSilentInNeighbourGridThenUploadingItsBacklogRaisesALateAlarm() {
        Track t = Track.startingAt(T0, 300, 300).noise(5).fix().stay(minutes(3));
        int live = t.fixes().size();
        t.jumpTo(750, 300).stay(minutes(6)).jumpTo(300, 300).stay(minutes(5));
        var fixes = t.fixes();
        Patrol p = new Patrol().live(fixes.subList(0, live));

        p.upload(fixes.subList(live, fixes.size()), t.now().plusSeconds(20));

        assertEquals(1, p.opened(AlarmType.CROSS_ZONE).size());
        assertTrue(p.opened(AlarmType.CROSS_ZONE).get(0).late());
        assertEquals(T0.plus(minutes(3)).plusSeconds(10), p.opened(AlarmType.CROSS_ZONE).get(0).start());
    }

    @Test
    void regularUploadsAreNotLate() {
        Track t = Track.startingAt(T0, 800, 300).noise(5).fix().stay(minutes(4));

        Patrol p = new Patrol();
        var fixes = t.fixes();
        for (int i = 0; i < fixes.size(); i += 6) {
            var batch = fixes.subList(i, Math.min(fixes.size(), i + 6));
            p.upload(batch, batch.get(batch.size() - 1).time().plusSeconds(5));
        }

        assertEquals(1, p.opened(AlarmType.CROSS_ZONE).size());
        assertFalse(p.opened(AlarmType.CROSS_ZONE).get(0).late());
    }
}
