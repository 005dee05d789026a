package org.gridpatrol.server.org;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.gridpatrol.model.org.NewOrgUnit;
import org.gridpatrol.model.org.OrgUnit;
import org.gridpatrol.model.org.OrgUnitKind;
import org.gridpatrol.model.org.OrgUnitMove;
import org.gridpatrol.model.org.OrgUnitRename;
import org.gridpatrol.server.problem.Constraints;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.problem.Staleness;
import org.gridpatrol.server.problem.Violations;
import org.gridpatrol.server.scope.Caller;

/**
 * The organisation tree: create, rename, move and deactivate units (never delete them), and
 * read single units, subtrees and roots. The database keeps each unit's path and history.
 */
@Stateless
public class OrgUnitService {
    static final int NAME_MAX = 100;
    static final int CODE_MAX = 50;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private OrgUnits units;

    public OrgUnit create(Caller caller, NewOrgUnit request) {
        Violations.body(request);
        Violations check = new Violations();
        OrgUnitKind kind = check.required("/kind", request.kind());
        String name = check.text("/name", request.name(), NAME_MAX);
        String code = check.text("/code", request.code(), CODE_MAX);
        check.matches("/code", code, CODE, "letters, digits, '.', '_' or '-', starting with a letter or digit");
        check.throwIfAny("org-unit.invalid", "the org unit cannot be created");

        OrgUnitKind parentKind = null;
        if (request.parentId() != null) {
            parentKind = units.referenced(caller, request.parentId(), "/parentId", "org-unit", null).kind();
        } else if (!caller.isUnrestricted()) {
            throw ProblemException.unprocessable("org-unit.parent-required",
                    "a new org unit must be placed under a unit of your scope", null);
        }
        refuseNesting(parentKind, kind);
        refuseTakenCode(code);

        OrgUnitEntity unit = new OrgUnitEntity(request.parentId(), kind, name, code);
        em.persist(unit);
        Constraints.flush(em, Map.of("org_unit_code_key", () -> codeTaken(code)));
        return unit.toRecord();
    }

    public OrgUnit rename(Caller caller, long id, OrgUnitRename request) {
        Violations.body(request);
        Violations check = new Violations();
        String name = check.text("/name", request.name(), NAME_MAX);
        check.throwIfAny("org-unit.invalid", "the org unit cannot be renamed");

        OrgUnitEntity unit = units.getForUpdate(caller, id);
        Staleness.refuseIfChanged("org-unit.stale", "org unit " + id, unit.updatedAt(), request.expectedUpdatedAt());
        unit.rename(name);
        em.flush();
        return unit.toRecord();
    }

    /** Moves a unit with its whole subtree under another parent; the database rewrites the paths. */
    public OrgUnit move(Caller caller, long id, OrgUnitMove request) {
        Violations.body(request);
        // moves are rare: one at a time, so no two can build a cycle between them
        em.createNativeQuery("LOCK TABLE org_unit IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
        OrgUnitEntity unit = units.getForUpdate(caller, id);
        Staleness.refuseIfChanged("org-unit.stale", "org unit " + id, unit.updatedAt(), request.expectedUpdatedAt());
        if (Objects.equals(unit.parentId(), request.parentId())) {
            return unit.toRecord();
        }
        if (!unit.active()) {
            throw ProblemException.unprocessable("org-unit.inactive",
                    "org unit " + id + " is deactivated and cannot be moved", null);
        }
        OrgUnitKind parentKind = null;
        if (request.parentId() != null) {
            OrgUnitEntity parent = units.referenced(caller, request.parentId(), "/parentId", "org-unit", null);
            if (parent.path().startsWith(unit.path())) {
                throw ProblemException.unprocessable("org-unit.cycle", "org unit " + id + " cannot move under "
                        + (parent.id() == id ? "itself" : "its own descendant " + parent.id() + " (" + parent.name() + ")"),
                        null);
            }
            parentKind = parent.kind();
        } else if (!caller.isUnrestricted()) {
            throw ProblemException.unprocessable("org-unit.parent-required",
                    "an org unit can only move under a unit of your scope", null);
        }
        refuseNesting(parentKind, unit.kind());
        unit.moveUnder(request.parentId());
        em.flush();
        return unit.toRecord();
    }

    /** Deactivates a unit that has no active child units and no active officers left. */
    public OrgUnit deactivate(Caller caller, long id) {
        OrgUnitEntity unit = units.getForUpdate(caller, id);
        if (!unit.active()) {
            return unit.toRecord();
        }
        long children = em.createQuery(
                        "select count(u) from OrgUnitEntity u where u.parentId = :id and u.active", Long.class)
                .setParameter("id", id).getSingleResult();
        if (children > 0) {
            throw ProblemException.unprocessable("org-unit.has-active-children", "org unit " + id + " still has "
                    + children + " active unit(s) under it; deactivate or move them first", null);
        }
        Number officers = (Number) em.createNativeQuery("SELECT count(*) FROM officer WHERE squad_id = ?1 AND active")
                .setParameter(1, id).getSingleResult();
        if (officers.longValue() > 0) {
            throw ProblemException.unprocessable("org-unit.has-active-officers", "org unit " + id + " still has "
                    + officers + " active officer(s); transfer or deactivate them first", null);
        }
        unit.deactivate();
        em.flush();
        return unit.toRecord();
    }

    public OrgUnit get(Caller caller, long id) {
        return units.get(caller, id).toRecord();
    }

    /**
     * @return the unit and every unit below it, parents before children (ordered by path);
     *         deactivated units below it only when asked for
     */
    public List<OrgUnit> subtree(Caller caller, long id, boolean includeInactive) {
        OrgUnitEntity root = units.get(caller, id);
        return units.subtree(root.path()).stream()
                .filter(u -> includeInactive || u.active() || u.id() == id)
                .sorted(Comparator.comparing(OrgUnitEntity::path))
                .map(OrgUnitEntity::toRecord)
                .toList();
    }

    /** @return the tops of the tree the caller sees: root bureaus, or the unit his scope starts at */
    public List<OrgUnit> roots(Caller caller) {
        List<OrgUnitEntity> roots = caller.isUnrestricted()
                ? em.createQuery("select u from OrgUnitEntity u where u.parentId is null", OrgUnitEntity.class)
                        .getResultList()
                : em.createQuery("select u from OrgUnitEntity u where u.path = :path", OrgUnitEntity.class)
                        .setParameter("path", caller.scopePath()).getResultList();
        return roots.stream().sorted(Comparator.comparing(OrgUnitEntity::path)).map(OrgUnitEntity::toRecord).toList();
    }

    private static void refuseNesting(OrgUnitKind parentKind, OrgUnitKind kind) {
        if (!OrgNesting.allows(parentKind, kind)) {
            throw ProblemException.unprocessable("org-unit.kind-not-allowed", parentKind == null
                    ? "only a bureau can be at the top of the tree, not a " + kind
                    : "a " + kind + " cannot be placed under a " + parentKind, null);
        }
    }

    private void refuseTakenCode(String code) {
        long taken = em.createQuery("select count(u) from OrgUnitEntity u where u.code = :code", Long.class)
                .setParameter("code", code).getSingleResult();
        if (taken > 0) {
            throw codeTaken(code);
        }
    }

    private static ProblemException codeTaken(String code) {
        return ProblemException.conflict("org-unit.code-taken", "the org unit code " + code + " is already in use");
    }
}
