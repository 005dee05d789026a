package org.gridpatrol.server.officer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.gridpatrol.model.Problem;
import org.gridpatrol.server.org.OrgUnitEntity;
import org.gridpatrol.server.org.OrgUnits;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/** Finds officers within a caller's scope: an officer is in scope when his current squad is. */
@ApplicationScoped
public class Officers {
    @PersistenceContext
    private EntityManager em;

    @Inject
    private OrgUnits units;

    /** @return the officer, when he exists and the caller sees his squad */
    public Optional<OfficerEntity> visible(Caller caller, long id) {
        return Optional.ofNullable(em.find(OfficerEntity.class, id)).filter(o -> sees(caller, o));
    }

    /** @return the officer named in a request path, or a 404 */
    public OfficerEntity get(Caller caller, long id) {
        return visible(caller, id).orElseThrow(() -> notFound(id));
    }

    /** @return the officer named in a request path, locked for writing until the transaction ends, or a 404 */
    public OfficerEntity getForUpdate(Caller caller, long id) {
        OfficerEntity officer = em.find(OfficerEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (officer == null || !sees(caller, officer)) {
            throw notFound(id);
        }
        return officer;
    }

    /**
     * An officer a request body refers to, who must exist and be active.
     *
     * @throws ProblemException 422 {@code <feature>.officer-unknown} or {@code <feature>.officer-inactive}
     */
    public OfficerEntity referenced(Caller caller, long id, String pointer, String feature) {
        OfficerEntity officer = visible(caller, id).orElseThrow(() ->
                refusal(feature + ".officer-unknown", pointer, "there is no officer " + id));
        if (!officer.active()) {
            throw refusal(feature + ".officer-inactive", pointer,
                    "officer " + id + " (" + officer.name() + ") is deactivated");
        }
        return officer;
    }

    /** @return the org unit path of the officer's current squad */
    public String squadPath(OfficerEntity officer) {
        return em.find(OrgUnitEntity.class, officer.squadId()).path();
    }

    private boolean sees(Caller caller, OfficerEntity officer) {
        return caller.isUnrestricted() || units.visible(caller, officer.squadId()).isPresent();
    }

    static ProblemException notFound(long id) {
        return ProblemException.notFound("officer.not-found", "there is no officer " + id);
    }

    static ProblemException inactive(OfficerEntity officer) {
        return ProblemException.unprocessable("officer.inactive",
                "officer " + officer.id() + " (" + officer.name() + ") is deactivated", null);
    }

    private static ProblemException refusal(String code, String pointer, String sentence) {
        return ProblemException.unprocessable(code, sentence, List.of(new Problem.FieldError(pointer, code, sentence)));
    }
}
