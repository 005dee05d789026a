package org.gridpatrol.engine.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gridpatrol.engine.alarm.AlarmThresholds;
import org.gridpatrol.engine.alarm.ThresholdSchedule;

/**
 * One officer's thresholds over time, worked out once per grid as a timeline of the moments a
 * set takes effect, so that judging a fix is a binary search returning a shared instance.
 */
final class OfficerRules implements ThresholdSchedule {

    private final RuleBook book;
    private final List<Long> unitChain;
    private final Map<Long, Timeline> byGrid = new ConcurrentHashMap<>();

    OfficerRules(RuleBook book, List<Long> unitChain) {
        this.book = book;
        this.unitChain = unitChain;
    }

    @Override
    public AlarmThresholds at(long gridId, long epochMillis) {
        return byGrid.computeIfAbsent(gridId, this::timeline).at(epochMillis);
    }

    private Timeline timeline(long gridId) {
        Long grid = gridId == NO_GRID ? null : gridId;
        List<Instant> changes = book.changes(unitChain, grid);
        long[] from = new long[changes.size()];
        AlarmThresholds[] values = new AlarmThresholds[changes.size() + 1];
        values[0] = book.effective(unitChain, grid, Instant.MIN);
        for (int i = 0; i < from.length; i++) {
            from[i] = changes.get(i).toEpochMilli();
            values[i + 1] = book.effective(unitChain, grid, changes.get(i));
        }
        return new Timeline(from, values);
    }

    /** values[i] is in force before from[i] (and from from[i - 1]); the last one from the last change on. */
    private record Timeline(long[] from, AlarmThresholds[] values) {
        AlarmThresholds at(long millis) {
            int lo = 0;
            int hi = from.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (from[mid] <= millis) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return values[lo];
        }
    }
}
