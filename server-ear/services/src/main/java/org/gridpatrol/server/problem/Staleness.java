package org.gridpatrol.server.problem;

import java.time.Instant;

/**
 * Optimistic concurrency on tables without a version column: the caller sends back the
 * {@code updatedAt} he read (kept current by the database's trigger), and an edit is refused
 * when the row changed since. Services read the row with a write lock first, so the check
 * and the write cannot be separated by another edit.
 */
public final class Staleness {
    private Staleness() {
    }

    /**
     * @param code     problem code, e.g. {@code officer.stale}
     * @param what     the object in words, e.g. {@code officer 12}
     * @param current  the row's updatedAt now
     * @param expected the updatedAt the caller read, or null to skip the check
     * @throws ProblemException 409 when the row changed since the caller read it
     */
    public static void refuseIfChanged(String code, String what, Instant current, Instant expected) {
        if (expected != null && !expected.equals(current)) {
            throw ProblemException.conflict(code, what + " was changed by someone else at " + current
                    + " (you read the version of " + expected + "); reload it and try again");
        }
    }
}
