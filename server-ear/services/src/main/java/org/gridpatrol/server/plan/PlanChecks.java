package org.gridpatrol.server.plan;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gridpatrol.model.plan.PlanDraft;
import org.gridpatrol.model.plan.PlanStop;
import org.gridpatrol.server.problem.Violations;
import org.gridpatrol.server.scope.Caller;

/**
 * The rules a plan draft must keep: a name; an officer or a squad (one of them) in the caller's
 * scope; a period; a frequency of 5 minutes to a day; a dwell of at most an hour; 1 to 100 stops,
 * each an active checkpoint in scope, with distinct ordinals (given, or the list order) and a
 * window given whole or not at all.
 */
final class PlanChecks {
    static final int MAX_STOPS = 100;
    static final int DEFAULT_DWELL_S = 60;

    /** A draft that passed: its stops with their ordinals. */
    record Checked(String name, List<PlanStop> stops, int dwellSeconds) {
    }

    private PlanChecks() {
    }

    static Checked check(Connection db, Caller caller, PlanDraft draft) throws SQLException {
        Violations.body(draft);
        Violations v = new Violations();
        String name = v.text("/name", draft.name(), 100);
        if ((draft.officerId() == null) == (draft.squadId() == null)) {
            v.add("/officerId", "plan.assignee", "name exactly one of officerId and squadId");
        } else if (draft.officerId() != null && PlanScope.officer(db, caller, draft.officerId()) == null) {
            v.add("/officerId", "plan.officer-unknown", "there is no officer " + draft.officerId());
        } else if (draft.squadId() != null && PlanScope.squad(db, caller, draft.squadId()) == null) {
            v.add("/squadId", "plan.squad-unknown", "there is no squad " + draft.squadId());
        }
        Instant from = v.required("/validFrom", draft.validFrom());
        if (from != null && draft.validTo() != null && !draft.validTo().isAfter(from)) {
            v.add("/validTo", "plan.period", "/validTo must be after /validFrom");
        }
        if (draft.frequencyMinutes() != null) {
            v.between("/frequencyMinutes", draft.frequencyMinutes(), 5, 1440);
        }
        int dwell = draft.dwellSeconds() == null ? DEFAULT_DWELL_S : draft.dwellSeconds();
        if (dwell < 0 || dwell > 3600) {
            v.add("/dwellSeconds", "field.out-of-range", "/dwellSeconds must be between 0 and 3600");
        }
        List<PlanStop> stops = stops(db, caller, v, draft.checkpoints());
        v.throwIfAny("plan.invalid", "the plan cannot be saved");
        return new Checked(name, stops, dwell);
    }

    private static List<PlanStop> stops(Connection db, Caller caller, Violations v, List<PlanStop> given) throws SQLException {
        List<PlanStop> stops = new ArrayList<>();
        if (v.notEmpty("/checkpoints", given) == null || given.isEmpty()) {
            return stops;
        }
        if (given.size() > MAX_STOPS) {
            v.add("/checkpoints", "plan.too-many-stops", "a plan has at most " + MAX_STOPS + " checkpoints");
            return stops;
        }
        boolean numbered = given.stream().anyMatch(s -> s != null && s.ordinal() != null);
        Set<Integer> ordinals = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "/checkpoints/" + i;
            PlanStop stop = given.get(i);
            if (stop == null || stop.checkpointId() == null) {
                v.add(at + "/checkpointId", "field.required", at + "/checkpointId is required");
                continue;
            }
            int ordinal = numbered ? (stop.ordinal() == null ? 0 : stop.ordinal()) : i + 1;
            if (ordinal < 1 || !ordinals.add(ordinal)) {
                v.add(at + "/ordinal", "plan.ordinal", at + "/ordinal must be 1 or more and not repeat");
            }
            if ((stop.windowStart() == null) != (stop.windowEnd() == null)) {
                v.add(at + "/windowEnd", "plan.window", "give both windowStart and windowEnd, or neither");
            }
            if (PlanScope.checkpoint(db, caller, stop.checkpointId()) == null || !active(db, stop.checkpointId())) {
                v.add(at + "/checkpointId", "plan.checkpoint-unknown", "there is no checkpoint " + stop.checkpointId());
            }
            stops.add(new PlanStop(stop.checkpointId(), ordinal, stop.windowStart(), stop.windowEnd()));
        }
        return stops;
    }

    private static boolean active(Connection db, long checkpointId) throws SQLException {
        try (var query = Bind.statement(db, "SELECT active FROM checkpoint WHERE id = ?", checkpointId);
             var row = query.executeQuery()) {
            return row.next() && row.getBoolean(1);
        }
    }
}
