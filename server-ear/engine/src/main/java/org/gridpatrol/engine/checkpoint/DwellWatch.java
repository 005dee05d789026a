package org.gridpatrol.engine.checkpoint;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.route.Geodesy;

/**
 * Visits from the track of one officer: staying within a checkpoint's radius for at least the
 * dwell time is a visit, dated when he arrived. One visit per stay; leaving and coming back is a
 * new stay. Feed fixes in time order.
 */
public final class DwellWatch {
    private final Map<Long, Instant> arrived = new HashMap<>();
    private final Set<Long> reported = new HashSet<>();

    /**
     * @param fixes  the new fixes, oldest first
     * @param places the checkpoints of the officer's plans that take track visits
     * @param dwell  how long a stay must last
     * @return the visits completed by these fixes
     */
    public List<Visit> accept(List<Fix> fixes, List<Place> places, Duration dwell) {
        List<Visit> visits = new ArrayList<>();
        for (Fix fix : fixes) {
            for (Place place : places) {
                long id = place.checkpointId();
                boolean inside = Geodesy.metres(fix.lon(), fix.lat(), place.lon(), place.lat()) <= place.radiusM();
                if (!inside) {
                    arrived.remove(id);
                    reported.remove(id);
                    continue;
                }
                Instant since = arrived.computeIfAbsent(id, k -> fix.time());
                if (!reported.contains(id) && Duration.between(since, fix.time()).compareTo(dwell) >= 0) {
                    reported.add(id);
                    visits.add(new Visit(id, since));
                }
            }
        }
        return visits;
    }
}
