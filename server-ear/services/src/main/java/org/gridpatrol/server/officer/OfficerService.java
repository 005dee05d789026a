package org.gridpatrol.server.officer;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gridpatrol.model.Page;
import org.gridpatrol.model.officer.NewOfficer;
import org.gridpatrol.model.officer.Officer;
import org.gridpatrol.model.officer.OfficerTransfer;
import org.gridpatrol.model.officer.OfficerUpdate;
import org.gridpatrol.model.officer.SquadPeriod;
import org.gridpatrol.model.org.OrgUnitKind;
import org.gridpatrol.server.org.OrgUnitEntity;
import org.gridpatrol.server.org.OrgUnits;
import org.gridpatrol.server.problem.Constraints;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.problem.Staleness;
import org.gridpatrol.server.problem.Violations;
import org.gridpatrol.server.scope.Caller;

/**
 * Patrol officers: create, read, list by org subtree, edit, deactivate, and transfer between
 * squads (the database keeps the squad history).
 */
@Stateless
public class OfficerService {
    /** The most officers one page may hold. */
    public static final int PAGE_MAX = 500;
    private static final Pattern BADGE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{2,23}");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OrgUnits units;

    @Inject
    private Officers officers;

    @Inject
    private Event<OfficerTransferred> transferred;

    public Officer create(Caller caller, NewOfficer request) {
        Violations.body(request);
        Violations check = new Violations();
        String badge = check.text("/badgeNo", request.badgeNo(), 32);
        check.matches("/badgeNo", badge, BADGE, "letters, digits, '.', '_' or '-'");
        String name = check.text("/name", request.name(), 100);
        String phone = phone(check, request.phone());
        Long squadId = check.required("/squadId", request.squadId());
        check.throwIfAny("officer.invalid", "the officer cannot be created");

        units.referenced(caller, squadId, "/squadId", "officer", OrgUnitKind.SQUAD);
        long taken = em.createQuery("select count(o) from OfficerEntity o where o.badgeNo = :badge", Long.class)
                .setParameter("badge", badge).getSingleResult();
        if (taken > 0) {
            throw badgeTaken(badge);
        }
        OfficerEntity officer = new OfficerEntity(badge, name, phone, squadId);
        em.persist(officer);
        Constraints.flush(em, Map.of("officer_badge_no_key", () -> badgeTaken(badge)));
        return officer.toRecord();
    }

    public Officer get(Caller caller, long id) {
        return officers.get(caller, id).toRecord();
    }

    /**
     * @return one page of the officers whose squad lies in the subtree of an org unit, by name then id
     */
    public Page<Officer> list(Caller caller, long orgUnitId, int offset, int limit, boolean includeInactive) {
        if (offset < 0 || limit < 1 || limit > PAGE_MAX) {
            throw ProblemException.badRequest("paging.invalid",
                    "offset must be 0 or more and limit between 1 and " + PAGE_MAX);
        }
        OrgUnitEntity root = units.get(caller, orgUnitId);
        String where = " from OfficerEntity o, OrgUnitEntity u where u.id = o.squadId and u.path like :prefix"
                + (includeInactive ? "" : " and o.active");
        long total = em.createQuery("select count(o)" + where, Long.class)
                .setParameter("prefix", root.path() + "%").getSingleResult();
        List<Officer> items = em.createQuery("select o" + where + " order by o.name, o.id", OfficerEntity.class)
                .setParameter("prefix", root.path() + "%")
                .setFirstResult(offset).setMaxResults(limit)
                .getResultStream().map(OfficerEntity::toRecord).toList();
        return new Page<>(items, total, offset, limit);
    }

    public Officer update(Caller caller, long id, OfficerUpdate request) {
        Violations.body(request);
        Violations check = new Violations();
        String name = check.text("/name", request.name(), 100);
        String phone = phone(check, request.phone());
        check.throwIfAny("officer.invalid", "the officer cannot be updated");

        OfficerEntity officer = officers.getForUpdate(caller, id);
        Staleness.refuseIfChanged("officer.stale", "officer " + id, officer.updatedAt(), request.expectedUpdatedAt());
        officer.update(name, phone);
        em.flush();
        return officer.toRecord();
    }

    /** Deactivates an officer; he then has no duty anywhere. His devices and history stay. */
    public Officer deactivate(Caller caller, long id) {
        OfficerEntity officer = officers.getForUpdate(caller, id);
        officer.deactivate();
        em.flush();
        return officer.toRecord();
    }

    /** Moves an active officer to another active squad; the database closes his old squad period. */
    public Officer transfer(Caller caller, long id, OfficerTransfer request) {
        Violations.body(request);
        Violations check = new Violations();
        Long squadId = check.required("/squadId", request.squadId());
        check.throwIfAny("officer.invalid", "the officer cannot be transferred");

        OfficerEntity officer = officers.getForUpdate(caller, id);
        Staleness.refuseIfChanged("officer.stale", "officer " + id, officer.updatedAt(), request.expectedUpdatedAt());
        if (!officer.active()) {
            throw Officers.inactive(officer);
        }
        if (officer.squadId() == squadId) {
            throw ProblemException.unprocessable("officer.same-squad",
                    "officer " + id + " already belongs to squad " + squadId, null);
        }
        units.referenced(caller, squadId, "/squadId", "officer", OrgUnitKind.SQUAD);
        long from = officer.squadId();
        officer.transferTo(squadId);
        em.flush();
        transferred.fire(new OfficerTransferred(id, from, squadId, caller.userId()));
        return officer.toRecord();
    }

    /** @return the squads the officer belonged to, oldest first, the current one last with no end */
    public List<SquadPeriod> squadHistory(Caller caller, long id) {
        officers.get(caller, id);
        return em.createQuery("select p, u from SquadPeriodEntity p, OrgUnitEntity u"
                        + " where u.id = p.squadId and p.officerId = :id order by p.validFrom, p.id", Object[].class)
                .setParameter("id", id)
                .getResultStream()
                .map(row -> {
                    SquadPeriodEntity period = (SquadPeriodEntity) row[0];
                    OrgUnitEntity squad = (OrgUnitEntity) row[1];
                    return new SquadPeriod(squad.id(), squad.code(), squad.name(), period.validFrom(), period.validTo());
                })
                .toList();
    }

    private static String phone(Violations check, String value) {
        String phone = check.optionalText("/phone", value, 24);
        check.matches("/phone", phone, PHONE, "a phone number (digits, spaces or '-', optionally after '+')");
        return phone;
    }

    private static ProblemException badgeTaken(String badge) {
        return ProblemException.conflict("officer.badge-taken", "the badge number " + badge + " is already in use");
    }
}
