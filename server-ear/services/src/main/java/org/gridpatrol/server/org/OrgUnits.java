package org.gridpatrol.server.org;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.gridpatrol.model.Problem;
import org.gridpatrol.model.org.OrgUnitKind;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/**
 * Finds org units within a caller's scope, for every service that refers to one:
 * a unit outside the scope is as unknown as one that does not exist.
 */
@ApplicationScoped
public class OrgUnits {
    @PersistenceContext
    private EntityManager em;

    /** @return the unit, when it exists and the caller sees it */
    public Optional<OrgUnitEntity> visible(Caller caller, long id) {
        OrgUnitEntity unit = em.find(OrgUnitEntity.class, id);
        return unit != null && caller.sees(unit.path()) ? Optional.of(unit) : Optional.empty();
    }

    /** @return the unit named in a request path, or a 404 */
    public OrgUnitEntity get(Caller caller, long id) {
        return visible(caller, id).orElseThrow(() -> notFound(id));
    }

    /** @return the unit named in a request path, locked for writing until the transaction ends, or a 404 */
    public OrgUnitEntity getForUpdate(Caller caller, long id) {
        OrgUnitEntity unit = em.find(OrgUnitEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (unit == null || !caller.sees(unit.path())) {
            throw notFound(id);
        }
        return unit;
    }

    /**
     * A unit a request body refers to, which must exist, be active and, when {@code kind} is given,
     * be of that kind.
     *
     * @param caller  who asks
     * @param id      the unit's id from the body
     * @param pointer the member that holds it, e.g. {@code /squadId}
     * @param feature the problem code prefix, e.g. {@code officer}
     * @param kind    the kind required, or null for any
     * @return the unit
     * @throws ProblemException 422 {@code <feature>.org-unit-unknown}, {@code .org-unit-inactive} or {@code .not-a-squad}
     */
    public OrgUnitEntity referenced(Caller caller, long id, String pointer, String feature, OrgUnitKind kind) {
        OrgUnitEntity unit = visible(caller, id).orElseThrow(() -> refusal(feature + ".org-unit-unknown", pointer,
                "there is no org unit " + id));
        if (kind != null && unit.kind() != kind) {
            throw refusal(feature + ".not-a-" + kind.name().toLowerCase(java.util.Locale.ROOT), pointer,
                    "org unit " + id + " (" + unit.name() + ") is a " + unit.kind() + ", not a " + kind);
        }
        if (!unit.active()) {
            throw refusal(feature + ".org-unit-inactive", pointer,
                    "org unit " + id + " (" + unit.name() + ") is deactivated");
        }
        return unit;
    }

    /** @return every unit whose path starts with the given path (the subtree of that unit), unordered */
    public List<OrgUnitEntity> subtree(String path) {
        return em.createQuery("select u from OrgUnitEntity u where u.path like :prefix", OrgUnitEntity.class)
                .setParameter("prefix", path + "%")
                .getResultList();
    }

    static ProblemException notFound(long id) {
        return ProblemException.notFound("org-unit.not-found", "there is no org unit " + id);
    }

    private static ProblemException refusal(String code, String pointer, String sentence) {
        return ProblemException.unprocessable(code, sentence, List.of(new Problem.FieldError(pointer, code, sentence)));
    }
}
