package org.gridpatrol.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.gridpatrol.model.plan.Checkpoint;
import org.gridpatrol.model.plan.CheckpointDraft;
import org.gridpatrol.model.plan.Plan;
import org.gridpatrol.model.plan.PlanDraft;
import org.gridpatrol.model.plan.PlanVisit;
import org.gridpatrol.model.plan.Route;
import org.gridpatrol.model.plan.RouteRequest;
import org.gridpatrol.model.track.SquadTracks;

/**
 * What a supervisor plans before a shift and replays after it: checkpoints, patrol plans, their
 * visits and routes, and a squad's tracks. Every call carries the session token given (from
 * {@link SupervisorClient#signIn}); refusals are {@link ProblemAnswer}s with the server's code.
 * Thread-safe.
 */
public final class PlanClient {
    private final ApiTransport api;
    private final String token;

    /**
     * @param api   the transport to the server
     * @param token a supervisor's session token
     */
    public PlanClient(ApiTransport api, String token) {
        this.api = Objects.requireNonNull(api, "api");
        this.token = Objects.requireNonNull(token, "token");
    }

    /**
     * {@code GET checkpoints?gridId=}.
     *
     * @param gridId a grid, or null for every checkpoint in scope
     * @return the active checkpoints, by id
     */
    public List<Checkpoint> checkpoints(Long gridId) {
        return api.get(gridId == null ? "checkpoints" : "checkpoints?gridId=" + gridId, token,
                new TypeReference<List<Checkpoint>>() { });
    }

    /**
     * {@code POST checkpoints}.
     *
     * @param draft the checkpoint
     * @return it as stored
     * @throws ProblemAnswer 422 {@code checkpoint.invalid} or {@code checkpoint.outside-grid}, 409 {@code checkpoint.tag-taken}
     */
    public Checkpoint createCheckpoint(CheckpointDraft draft) {
        return api.post("checkpoints", token, draft, Checkpoint.class);
    }

    /**
     * {@code PUT checkpoints/{id}}.
     *
     * @param id    the checkpoint
     * @param draft all of its members (a tag left out is taken off)
     * @return it as stored
     */
    public Checkpoint updateCheckpoint(long id, CheckpointDraft draft) {
        return api.put("checkpoints/" + id, token, draft, Checkpoint.class);
    }

    /**
     * {@code DELETE checkpoints/{id}}.
     *
     * @param id the checkpoint
     * @throws ProblemAnswer 409 {@code checkpoint.in-use} while an active plan names it
     */
    public void deleteCheckpoint(long id) {
        api.delete("checkpoints/" + id, token);
    }

    /**
     * {@code GET plans?officerId=}.
     *
     * @param officerId an officer (his own plans and his squad's), or null for every plan in scope
     * @return the active plans, by id
     */
    public List<Plan> plans(Long officerId) {
        return api.get(officerId == null ? "plans" : "plans?officerId=" + officerId, token, new TypeReference<List<Plan>>() { });
    }

    /**
     * {@code POST plans}.
     *
     * @param draft the plan
     * @return it as stored, version 0
     * @throws ProblemAnswer 422 {@code plan.invalid} naming each member at fault
     */
    public Plan createPlan(PlanDraft draft) {
        return api.post("plans", token, draft, Plan.class);
    }

    /**
     * {@code PUT plans/{id}}.
     *
     * @param id    the plan
     * @param draft the whole plan with the version read
     * @return it as stored, its version one up
     * @throws ProblemAnswer 409 {@code plan.stale-version} when someone changed it meanwhile
     */
    public Plan updatePlan(long id, PlanDraft draft) {
        return api.put("plans/" + id, token, draft, Plan.class);
    }

    /**
     * {@code DELETE plans/{id}}: the plan stops; its visits and alarms stay.
     *
     * @param id the plan
     */
    public void deletePlan(long id) {
        api.delete("plans/" + id, token);
    }

    /**
     * {@code GET plans/{id}/visits?from=&to=}.
     *
     * @param id   the plan
     * @param from start of the period
     * @param to   end of the period
     * @return the visits judged for it, oldest first, with whether each counted and why not
     */
    public List<PlanVisit> visits(long id, Instant from, Instant to) {
        return api.get("plans/" + id + "/visits?from=" + encode(from) + "&to=" + encode(to), token,
                new TypeReference<List<PlanVisit>>() { });
    }

    /**
     * {@code GET plans/{id}/route}.
     *
     * @param id the plan
     * @return the order and path to walk, its length and whether it follows the streets
     */
    public Route route(long id) {
        return api.get("plans/" + id + "/route", token, Route.class);
    }

    /**
     * {@code POST routes}.
     *
     * @param request the checkpoints, and whether to keep their order
     * @return the order and path to walk
     */
    public Route route(RouteRequest request) {
        return api.post("routes", token, request, Route.class);
    }

    /**
     * {@code GET tracks?squad=&from=&to=}: side-by-side replay.
     *
     * @param squadId the org unit
     * @param from    start of the window
     * @param to      end, at most a day later
     * @return a track per officer who patrolled in the window
     * @throws ProblemAnswer 400 {@code track.squad-window-too-large}, 422 {@code track.squad-too-large}
     */
    public SquadTracks squadTracks(long squadId, Instant from, Instant to) {
        return api.get("tracks?squad=" + squadId + "&from=" + encode(from) + "&to=" + encode(to), token, SquadTracks.class);
    }

    private static String encode(Instant instant) {
        return URLEncoder.encode(instant.toString(), StandardCharsets.UTF_8);
    }
}
