package org.gridpatrol.engine.checkpoint;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which stops of a round are done: the counted visits replayed in time order, each taken by the
 * lowest-ordinal stop of its checkpoint still open (a checkpoint may appear twice in a route).
 */
public final class RoundProgress {
    private RoundProgress() {
    }

    /**
     * @param due     what is due in the round ({@link PlanRules#dueIn})
     * @param counted the visits that counted for the plan, any order
     * @return the ordinals done
     */
    public static Set<Integer> done(List<Due> due, List<Visit> counted) {
        Set<Integer> done = new TreeSet<>();
        counted.stream().sorted(Comparator.comparing(Visit::at)).forEach(visit -> due.stream()
                .filter(d -> d.stop().checkpointId() == visit.checkpointId() && !done.contains(d.stop().ordinal())
                        && d.admits(visit.at()))
                .findFirst()
                .ifPresent(d -> done.add(d.stop().ordinal())));
        return done;
    }
}
