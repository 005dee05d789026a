package org.gridpatrol.engine.checkpoint;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The stops whose deadline passed without a counted visit: what the missed-checkpoint timer
 * raises alarms for.
 */
public final class MissedStops {
    private MissedStops() {
    }

    /**
     * @param plan    the plan
     * @param counted the visits counted for the plan over [from, to) and the rounds overlapping it
     * @param from    look for deadlines after this instant
     * @param to      ... up to and including this one (now)
     * @return the missed stops with their deadlines, oldest first
     */
    public static List<Due> between(PlanRules plan, List<Visit> counted, Instant from, Instant to) {
        List<Due> missed = new ArrayList<>();
        for (Round round : plan.roundsBetween(from, to)) {
            List<Due> due = plan.dueIn(round);
            Set<Integer> done = RoundProgress.done(due, counted.stream().filter(v -> round.contains(v.at())).toList());
            for (Due d : due) {
                boolean passed = d.deadline().isAfter(from) && !d.deadline().isAfter(to);
                if (passed && !done.contains(d.stop().ordinal())) {
                    missed.add(d);
                }
            }
        }
        return missed;
    }
}
