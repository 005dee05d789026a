package org.gridpatrol.engine.checkpoint;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges one visit against a plan: it counts for the lowest-ordinal stop of its checkpoint that is
 * open at that time and not yet done in the round. In a forced-order plan it counts only when no
 * earlier stop is still to do (a stop whose deadline has passed is missed, not waited for);
 * otherwise it does not count and names the stop that should have come first.
 */
public final class VisitJudge {
    private VisitJudge() {
    }

    /**
     * @param plan         the plan
     * @param countedSoFar the visits already counted for the plan in the visit's round
     * @param checkpointId the checkpoint visited
     * @param at           when
     * @return the verdict
     */
    public static Verdict judge(PlanRules plan, List<Visit> countedSoFar, long checkpointId, Instant at) {
        Optional<Round> round = plan.roundAt(at);
        if (round.isEmpty()) {
            return Verdict.not("outside the plan's period");
        }
        List<Due> due = plan.dueIn(round.get());
        Set<Integer> done = RoundProgress.done(due, countedSoFar.stream().filter(v -> v.at().isBefore(at)).toList());
        List<Due> open = due.stream().filter(d -> d.stop().checkpointId() == checkpointId && !done.contains(d.stop().ordinal()))
                .toList();
        if (open.isEmpty()) {
            return Verdict.not(due.stream().anyMatch(d -> d.stop().checkpointId() == checkpointId)
                    ? "already visited in this round" : "not due in this round");
        }
        Optional<Due> now = open.stream().filter(d -> d.admits(at)).findFirst();
        if (now.isEmpty()) {
            Due first = open.get(0);
            return Verdict.not("outside its time window " + window(first, plan.zone()));
        }
        if (plan.forcedOrder()) {
            Optional<Due> expected = due.stream()
                    .filter(d -> !done.contains(d.stop().ordinal()) && d.deadline().isAfter(at))
                    .findFirst();
            if (expected.isPresent() && expected.get().stop().ordinal() < now.get().stop().ordinal()) {
                Stop first = expected.get().stop();
                return new Verdict(false, null, "out of order: stop " + first.ordinal() + " (checkpoint "
                        + first.checkpointId() + ") comes first", first.checkpointId());
            }
        }
        return Verdict.counts(now.get().stop().ordinal());
    }

    private static String window(Due due, ZoneId zone) {
        return due.opens().atZone(zone).toLocalTime() + "–" + due.deadline().atZone(zone).toLocalTime();
    }
}
