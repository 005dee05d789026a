package org.gridpatrol.server.assignment;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gridpatrol.model.Problem;
import org.gridpatrol.model.assignment.Assignment;
import org.gridpatrol.model.assignment.AssignmentEnd;
import org.gridpatrol.model.assignment.NewAssignment;
import org.gridpatrol.model.org.OrgUnitKind;
import org.gridpatrol.server.officer.OfficerEntity;
import org.gridpatrol.server.officer.Officers;
import org.gridpatrol.server.org.OrgUnitEntity;
import org.gridpatrol.server.org.OrgUnits;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.problem.Violations;
import org.gridpatrol.server.scope.Caller;
import org.gridpatrol.server.shift.ShiftEntity;

/**
 * Assignments: an officer, or a whole squad, made responsible for a grid over a period,
 * optionally limited to a shift's windows. Assignments are ended, never deleted.
 */
@Stateless
public class AssignmentService {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private OrgUnits units;

    @Inject
    private Officers officers;

    @Inject
    private GridRefs grids;

    public Assignment create(Caller caller, NewAssignment request) {
        Violations.body(request);
        Violations check = new Violations();
        Long gridId = check.required("/gridId", request.gridId());
        if ((request.officerId() == null) == (request.squadId() == null)) {
            check.add("/officerId", "assignment.one-assignee", "give exactly one of /officerId and /squadId");
        }
        Instant from = request.validFrom() == null ? Instant.now().truncatedTo(ChronoUnit.MICROS) : request.validFrom();
        if (request.validTo() != null && !request.validTo().isAfter(from)) {
            check.add("/validTo", "assignment.period-invalid", "/validTo must be after /validFrom (" + from + ")");
        }
        check.throwIfAny("assignment.invalid", "the assignment cannot be made");

        GridRefs.GridRef grid = grids.visible(caller, gridId).orElseThrow(() ->
                refusal("assignment.grid-unknown", "/gridId", "there is no grid " + gridId));
        if (grid.retiredAt() != null) {
            throw refusal("assignment.grid-retired", "/gridId", "grid " + gridId + " (" + grid.name() + ") is retired");
        }
        String squadPath;
        if (request.officerId() != null) {
            OfficerEntity officer = officers.referenced(caller, request.officerId(), "/officerId", "assignment");
            squadPath = officers.squadPath(officer);
        } else {
            squadPath = units.referenced(caller, request.squadId(), "/squadId", "assignment", OrgUnitKind.SQUAD).path();
        }
        if (request.shiftId() != null) {
            refuseUnavailableShift(caller, request.shiftId(), squadPath);
        }

        // one assignment of a grid at a time, so two identical requests cannot both pass the overlap check
        em.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtext('assignment.grid'), ?1)")
                .setParameter(1, (int) gridId.longValue()).getSingleResult();
        refuseOverlap(request, gridId, from);

        AssignmentEntity assignment = new AssignmentEntity(request.officerId(), request.squadId(), gridId,
                request.shiftId(), from, request.validTo(), caller.userId());
        em.persist(assignment);
        em.flush();
        return assignment.toRecord();
    }

    public Assignment get(Caller caller, long id) {
        return visible(caller, id, LockModeType.NONE).toRecord();
    }

    /**
     * @param gridId    only assignments of this grid, or null
     * @param officerId only assignments naming this officer (not those of his squad), or null
     * @param squadId   only assignments of this squad, or null
     * @param at        only assignments valid at this instant, or null for all, ended ones too
     * @return the matching assignments, latest start first
     */
    public List<Assignment> list(Caller caller, Long gridId, Long officerId, Long squadId, Instant at) {
        if (gridId == null && officerId == null && squadId == null) {
            throw ProblemException.badRequest("assignment.filter-required",
                    "name at least one of gridId, officerId and squadId");
        }
        List<String> where = new ArrayList<>();
        if (gridId != null) {
            grids.visible(caller, gridId).orElseThrow(() ->
                    ProblemException.notFound("grid.not-found", "there is no grid " + gridId));
            where.add("a.gridId = :grid");
        }
        if (officerId != null) {
            officers.get(caller, officerId);
            where.add("a.officerId = :officer");
        }
        if (squadId != null) {
            units.get(caller, squadId);
            where.add("a.squadId = :squad");
        }
        if (at != null) {
            where.add("a.validFrom <= :at and (a.validTo is null or a.validTo > :at)");
        }
        TypedQuery<AssignmentEntity> query = em.createQuery("select a from AssignmentEntity a where "
                + String.join(" and ", where) + " order by a.validFrom desc, a.id desc", AssignmentEntity.class);
        if (gridId != null) {
            query.setParameter("grid", gridId);
        }
        if (officerId != null) {
            query.setParameter("officer", officerId);
        }
        if (squadId != null) {
            query.setParameter("squad", squadId);
        }
        if (at != null) {
            query.setParameter("at", at);
        }
        return query.getResultStream().filter(a -> sees(caller, a)).map(AssignmentEntity::toRecord).toList();
    }

    /** Ends an assignment at the given instant (now when none): it no longer applies from then on. */
    public Assignment end(Caller caller, long id, AssignmentEnd request) {
        AssignmentEntity assignment = visible(caller, id, LockModeType.PESSIMISTIC_WRITE);
        Instant at = request == null || request.at() == null ? Instant.now().truncatedTo(ChronoUnit.MICROS) : request.at();
        if (!at.isAfter(assignment.validFrom())) {
            throw ProblemException.unprocessable("assignment.end-before-start", "assignment " + id + " starts at "
                    + assignment.validFrom() + "; it cannot end at " + at, null);
        }
        if (assignment.validTo() != null && !assignment.validTo().isAfter(at)) {
            throw ProblemException.unprocessable("assignment.already-ended", "assignment " + id + " already ended at "
                    + assignment.validTo(), null);
        }
        assignment.endAt(at);
        em.flush();
        return assignment.toRecord();
    }

    private void refuseUnavailableShift(Caller caller, long shiftId, String squadPath) {
        // a shift of a unit above the caller's scope is still available to the units below it
        ShiftEntity shift = em.find(ShiftEntity.class, shiftId);
        OrgUnitEntity owner = shift == null ? null : em.find(OrgUnitEntity.class, shift.orgUnitId());
        if (shift == null || owner == null || !squadPath.startsWith(owner.path()) && !caller.sees(owner.path())) {
            throw refusal("assignment.shift-unknown", "/shiftId", "there is no shift " + shiftId);
        }
        if (!shift.active()) {
            throw refusal("assignment.shift-inactive", "/shiftId", "shift " + shiftId + " (" + shift.name()
                    + ") is deactivated");
        }
        if (!squadPath.startsWith(owner.path())) {
            throw refusal("assignment.shift-not-available", "/shiftId", "shift " + shiftId + " (" + shift.name()
                    + ") belongs to org unit " + owner.id() + " (" + owner.name()
                    + "), which is not the assignee's squad or above it");
        }
    }

    private void refuseOverlap(NewAssignment request, long gridId, Instant from) {
        List<AssignmentEntity> clashes = em.createQuery("select a from AssignmentEntity a where a.gridId = :grid"
                        + " and coalesce(a.officerId, -1) = :officer and coalesce(a.squadId, -1) = :squad"
                        + " and coalesce(a.shiftId, -1) = :shift"
                        + " and (a.validTo is null or a.validTo > :from)", AssignmentEntity.class)
                .setParameter("grid", gridId)
                .setParameter("officer", Objects.requireNonNullElse(request.officerId(), -1L))
                .setParameter("squad", Objects.requireNonNullElse(request.squadId(), -1L))
                .setParameter("shift", Objects.requireNonNullElse(request.shiftId(), -1L))
                .setParameter("from", from)
                .getResultList();
        if (request.validTo() != null) {
            clashes = clashes.stream().filter(a -> a.validFrom().isBefore(request.validTo())).toList();
        }
        if (!clashes.isEmpty()) {
            throw ProblemException.conflict("assignment.overlaps", "assignment " + clashes.get(0).id()
                    + " already gives the same grid to the same assignee with the same shift over part of that period");
        }
    }

    private AssignmentEntity visible(Caller caller, long id, LockModeType lock) {
        AssignmentEntity assignment = em.find(AssignmentEntity.class, id, lock);
        if (assignment == null || !sees(caller, assignment)) {
            throw ProblemException.notFound("assignment.not-found", "there is no assignment " + id);
        }
        return assignment;
    }

    private boolean sees(Caller caller, AssignmentEntity assignment) {
        return caller.isUnrestricted() || (assignment.officerId() != null
                ? officers.visible(caller, assignment.officerId()).isPresent()
                : units.visible(caller, assignment.squadId()).isPresent());
    }

    private static ProblemException refusal(String code, String pointer, String sentence) {
        return ProblemException.unprocessable(code, sentence, List.of(new Problem.FieldError(pointer, code, sentence)));
    }
}
