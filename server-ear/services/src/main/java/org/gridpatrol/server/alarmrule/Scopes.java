package org.gridpatrol.server.alarmrule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.gridpatrol.model.Problem;
import org.gridpatrol.server.org.OrgUnitEntity;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/** Finds the org unit a rule set or question is about, within the caller's scope. */
final class Scopes {

    private Scopes() {
    }

    static Scope unit(OrgUnitEntity unit) {
        return Scope.ofPath(unit.id(), unit.path());
    }

    /** A grid named in a path or query: its org unit, or 404 when absent or outside the scope. */
    static Scope visibleGrid(Connection db, Caller caller, long gridId) throws SQLException {
        Scope scope = grid(db, caller, gridId, false);
        if (scope == null) {
            throw ProblemException.notFound("alarm-rule.grid-not-found", "there is no grid " + gridId);
        }
        return scope;
    }

    /** A grid named in a body: must be live and in scope, else 422. */
    static Scope referencedGrid(Connection db, Caller caller, long gridId) throws SQLException {
        Scope scope = grid(db, caller, gridId, true);
        if (scope == null) {
            throw ProblemException.unprocessable("alarm-rule.grid-unknown", "there is no live grid " + gridId,
                    List.of(new Problem.FieldError("/gridId", "alarm-rule.grid-unknown", "there is no live grid " + gridId)));
        }
        return scope;
    }

    private static Scope grid(Connection db, Caller caller, long gridId, boolean liveOnly) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT u.id, u.path FROM grid g JOIN org_unit u"
                + " ON u.id = g.org_unit_id WHERE g.id = ?" + (liveOnly ? " AND g.retired_at IS NULL" : ""))) {
            query.setLong(1, gridId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || !caller.sees(row.getString(2))) {
                    return null;
                }
                return Scope.ofPath(row.getLong(1), row.getString(2));
            }
        }
    }
}
