package org.gridpatrol.server.plan;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gridpatrol.engine.checkpoint.DwellWatch;
import org.gridpatrol.engine.checkpoint.Place;
import org.gridpatrol.engine.checkpoint.Round;
import org.gridpatrol.engine.checkpoint.Verdict;
import org.gridpatrol.engine.checkpoint.Visit;
import org.gridpatrol.engine.checkpoint.VisitJudge;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.server.shift.BureauZone;

/**
 * Judges visits against the plans an officer carries out, in the caller's transaction: check-ins
 * (from {@code CheckIns}) and stays read from the track (from the fix ingest). Each officer's
 * plans are kept in memory until a plan changes, so an officer without plans costs the ingest one
 * map lookup. A visit is stored once per plan with whether it counted and why not; a forced order
 * broken raises a checkpoint-order alarm.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class PlanWatch {
    @Resource
    private TransactionSynchronizationRegistry transactions;

    private final Map<Long, List<OfficerPlan>> plans = new ConcurrentHashMap<>();
    /** Stays in progress, per officer and plan. */
    private final Map<String, DwellWatch> stays = new ConcurrentHashMap<>();

    /** What a check-in came to over the officer's plans. */
    public record Outcome(boolean counted, String reason) {
    }

    /**
     * @param near   whether the phone stood within the checkpoint's reach
     * @param reason why not, when it did not
     * @return the outcome, or null when no plan of the officer in force at that time names the checkpoint (then the
     *         caller stores the visit plan-less)
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Outcome checkIn(Connection db, long officerId, long deviceId, long checkpointId, Instant at, String tag,
                           double lon, double lat, boolean near, String reason) throws SQLException {
        List<OfficerPlan> mine = plans(db, officerId).stream()
                .filter(p -> p.names(checkpointId) && p.rules().roundAt(at).isPresent()).toList();
        if (mine.isEmpty()) {
            return null;
        }
        boolean counted = false;
        String why = null;
        for (OfficerPlan plan : mine) {
            VisitRows.Stored done = VisitRows.existing(db, officerId, checkpointId, "CHECKIN", at, plan.id());
            if (done == null) {
                done = near ? judge(db, plan, officerId, checkpointId, at)
                        : new VisitRows.Stored(false, reason);
                VisitRows.insert(db, plan.id(), checkpointId, officerId, deviceId, at, "CHECKIN", tag, lon, lat,
                        done.counted(), done.reason());
            }
            counted |= done.counted();
            why = why == null ? done.reason() : why;
        }
        return new Outcome(counted, counted ? null : why);
    }

    /** Stays long enough within a checkpoint of a plan that takes track visits are visits. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void track(Connection db, long officerId, List<Fix> fixes) throws SQLException {
        List<OfficerPlan> tracked = plans(db, officerId).stream().filter(OfficerPlan::trackVisits).toList();
        if (tracked.isEmpty()) {
            return;
        }
        List<Fix> inOrder = new ArrayList<>(fixes);
        inOrder.sort(Comparator.comparing(Fix::time));
        for (OfficerPlan plan : tracked) {
            DwellWatch watch = stays.computeIfAbsent(officerId + "/" + plan.id(), k -> new DwellWatch());
            for (Visit visit : watch.accept(inOrder, plan.placeList(), plan.dwell())) {
                if (VisitRows.existing(db, officerId, visit.checkpointId(), "TRACK", visit.at(), plan.id()) == null) {
                    VisitRows.Stored verdict = judge(db, plan, officerId, visit.checkpointId(), visit.at());
                    Place place = plan.places().get(visit.checkpointId());
                    VisitRows.insert(db, plan.id(), visit.checkpointId(), officerId, null, visit.at(), "TRACK", null,
                            place.lon(), place.lat(), verdict.counted(), verdict.reason());
                }
            }
        }
    }

    /** Called by plan writes: once their transaction commits, plans are read again. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void plansChanged() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    plans.clear();
                    stays.clear();
                }
            }
        });
    }

    private VisitRows.Stored judge(Connection db, OfficerPlan plan, long officerId, long checkpointId, Instant at)
            throws SQLException {
        Round round = plan.rules().roundAt(at).orElse(null);
        List<Visit> counted = round == null ? List.of()
                : VisitRows.counted(db, plan.id(), officerId, round.start(), round.end());
        Verdict verdict = VisitJudge.judge(plan.rules(), counted, checkpointId, at);
        if (verdict.outOfOrder()) {
            VisitRows.outOfOrder(db, plan, officerId, verdict.skippedCheckpointId(), checkpointId, at, verdict.reason());
        }
        return new VisitRows.Stored(verdict.counted(), verdict.reason());
    }

    private List<OfficerPlan> plans(Connection db, long officerId) throws SQLException {
        List<OfficerPlan> known = plans.get(officerId);
        if (known == null) {
            known = OfficerPlans.of(db, officerId, BureauZone.get());
            plans.put(officerId, known);
        }
        return known;
    }
}
