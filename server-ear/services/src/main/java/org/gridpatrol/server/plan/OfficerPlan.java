package org.gridpatrol.server.plan;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.gridpatrol.engine.checkpoint.Place;
import org.gridpatrol.engine.checkpoint.PlanRules;

/**
 * One active plan an officer carries out (his own or his squad's), as the visit watch needs it.
 *
 * @param rules       what the engine judges by
 * @param squadPlan   true for a squad's plan
 * @param trackVisits stays count as visits
 * @param dwell       how long a stay must last
 * @param places      its checkpoints by id
 * @param grids       each checkpoint's grid, for the alarms
 */
record OfficerPlan(PlanRules rules, boolean squadPlan, boolean trackVisits, Duration dwell, Map<Long, Place> places,
                   Map<Long, Long> grids) {

    long id() {
        return rules.planId();
    }

    boolean names(long checkpointId) {
        return places.containsKey(checkpointId);
    }

    List<Place> placeList() {
        return List.copyOf(places.values());
    }
}
