package org.gridpatrol.server.shift;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gridpatrol.model.shift.Holiday;
import org.gridpatrol.model.shift.HolidayKind;
import org.gridpatrol.model.shift.NewHoliday;
import org.gridpatrol.server.org.OrgUnitEntity;
import org.gridpatrol.server.org.OrgUnits;
import org.gridpatrol.server.problem.Constraints;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.problem.Violations;
import org.gridpatrol.server.scope.Caller;

/**
 * The holiday calendar: global days, and days of an org unit that apply to its subtree
 * (the most specific entry of a day wins). One entry per unit and day.
 */
@Stateless
public class HolidayService {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private OrgUnits units;

    public Holiday create(Caller caller, NewHoliday request) {
        Violations.body(request);
        Violations check = new Violations();
        LocalDate day = check.required("/day", request.day());
        String name = check.text("/name", request.name(), 100);
        HolidayKind kind = request.kind() == null ? HolidayKind.HOLIDAY : request.kind();
        if (kind == HolidayKind.WORKDAY) {
            check.between("/asWeekday", request.asWeekday(), 1, 7);
        } else if (request.asWeekday() != null) {
            check.add("/asWeekday", "holiday.weekday-on-holiday", "/asWeekday is only for a WORKDAY");
        }
        check.throwIfAny("holiday.invalid", "the calendar day cannot be created");

        if (request.orgUnitId() != null) {
            units.referenced(caller, request.orgUnitId(), "/orgUnitId", "holiday", null);
        } else if (!caller.isUnrestricted()) {
            throw ProblemException.unprocessable("holiday.org-unit-required",
                    "only a caller who sees the whole tree can set a global calendar day", null);
        }
        long taken = em.createQuery("select count(h) from HolidayEntity h where h.day = :day"
                        + " and coalesce(h.orgUnitId, -1) = :unit", Long.class)
                .setParameter("day", day)
                .setParameter("unit", request.orgUnitId() == null ? -1L : request.orgUnitId())
                .getSingleResult();
        if (taken > 0) {
            throw dayTaken(day);
        }
        HolidayEntity holiday = new HolidayEntity(request.orgUnitId(), day, name, kind,
                kind == HolidayKind.WORKDAY ? request.asWeekday() : null);
        em.persist(holiday);
        Constraints.flush(em, Map.of("holiday_day_uq", () -> dayTaken(day)));
        return holiday.toRecord();
    }

    /**
     * @param orgUnitId the unit whose calendar to read (its own days, its ancestors' and the global ones);
     *                  null: the global days only
     * @param from      first day, inclusive, or null
     * @param to        last day, inclusive, or null
     * @return the calendar days, by day, the global entry of a day first
     */
    public List<Holiday> list(Caller caller, Long orgUnitId, LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.badRequest("holiday.range-invalid", "to (" + to + ") is before from (" + from + ")");
        }
        String scope = "h.orgUnitId is null";
        String path = null;
        if (orgUnitId != null) {
            OrgUnitEntity unit = units.get(caller, orgUnitId);
            path = unit.path();
            scope = "(h.orgUnitId is null or h.orgUnitId in"
                    + " (select u.id from OrgUnitEntity u where :path like concat(u.path, '%')))";
        }
        TypedQuery<HolidayEntity> query = em.createQuery("select h from HolidayEntity h where " + scope
                + " and h.day >= :from and h.day <= :to"
                + " order by h.day, case when h.orgUnitId is null then 0 else 1 end, h.orgUnitId", HolidayEntity.class)
                .setParameter("from", from == null ? LocalDate.of(1900, 1, 1) : from)
                .setParameter("to", to == null ? LocalDate.of(9999, 12, 31) : to);
        if (path != null) {
            query.setParameter("path", path);
        }
        return query.getResultStream().map(HolidayEntity::toRecord).toList();
    }

    /** Removes a calendar day (calendar entries carry no history). */
    public void delete(Caller caller, long id) {
        HolidayEntity holiday = em.find(HolidayEntity.class, id);
        boolean seen = holiday != null && (holiday.orgUnitId() == null
                ? caller.isUnrestricted()
                : units.visible(caller, holiday.orgUnitId()).isPresent());
        if (!seen) {
            throw ProblemException.notFound("holiday.not-found", "there is no calendar day " + id);
        }
        em.remove(holiday);
        em.flush();
    }

    private static ProblemException dayTaken(LocalDate day) {
        return ProblemException.conflict("holiday.day-taken", "the calendar already has an entry for " + day
                + " for this org unit");
    }
}
