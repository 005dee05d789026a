package org.gridpatrol.server.problem;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.Map;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Writes pending changes now, so that a unique constraint lost to a concurrent request is
 * answered as the refusal it is (409) rather than as a failed commit. Services check the
 * common cases first, with a clearer message; this catches the race.
 */
public final class Constraints {
    private Constraints() {
    }

    /**
     * @param em      the persistence context to flush
     * @param refusal for each constraint name, the refusal to answer when it is violated
     */
    public static void flush(EntityManager em, Map<String, Supplier<ProblemException>> refusal) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ConstraintViolationException violation
                        && refusal.containsKey(violation.getConstraintName())) {
                    throw refusal.get(violation.getConstraintName()).get();
                }
            }
            throw e;
        }
    }
}
