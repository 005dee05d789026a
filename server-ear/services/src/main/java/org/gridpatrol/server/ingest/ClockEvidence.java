package org.gridpatrol.server.ingest;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.model.mobile.FixIn;
import org.gridpatrol.model.mobile.FixReceipt.Rejection;

/**
 * Fixes refused because their time is far ahead of the server's clock are not stored, yet they
 * are the plainest evidence of a device clock set forward (虚拟定位: clock far from server time).
 * The engine gets them, dated by the server's clock; it places none of them on the track.
 */
final class ClockEvidence {

    private ClockEvidence() {
    }

    static List<Fix> aheadOfServer(List<FixIn> batch, List<Rejection> rejected) {
        List<Fix> ahead = new ArrayList<>();
        for (Rejection r : rejected) {
            FixIn f = batch.get(r.index());
            if ("fix.time-in-future".equals(r.code()) && f.lon() != null && f.lat() != null
                    && Double.isFinite(f.lon()) && Double.isFinite(f.lat())
                    && Math.abs(f.lon()) <= 180 && Math.abs(f.lat()) <= 90) {
                ahead.add(new Fix(f.time(), f.lon(), f.lat(), f.accuracy() == null ? 0 : f.accuracy(), Double.NaN,
                        f.provider(), Boolean.TRUE.equals(f.mock()), f.seq()));
            }
        }
        return ahead;
    }
}
