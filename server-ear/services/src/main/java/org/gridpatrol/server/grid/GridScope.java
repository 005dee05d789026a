package org.gridpatrol.server.grid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;
import org.hibernate.Session;

/**
 * The data scope of grids: a grid is in a caller's scope when its org unit is. A grid or org
 * unit outside the scope is answered as if it did not exist.
 */
@ApplicationScoped
public class GridScope {
    @PersistenceContext(unitName = "gridpatrol")
    private EntityManager em;

    /** @throws ProblemException 404 {@code grid.unknown} when the grid exists but lies outside the scope */
    public void requireGrid(Caller caller, long gridId) {
        if (caller.isUnrestricted()) {
            return;
        }
        String path = path("SELECT u.path FROM grid g JOIN org_unit u ON u.id = g.org_unit_id WHERE g.id = ?", gridId);
        if (path != null && !caller.sees(path)) {
            throw ProblemException.notFound("grid.unknown", "there is no grid " + gridId);
        }
    }

    /** @return true when the org unit is unknown (the grid checks say so) or inside the scope */
    public boolean mayOwn(Caller caller, Long orgUnitId) {
        if (caller.isUnrestricted() || orgUnitId == null) {
            return true;
        }
        String path = path("SELECT path FROM org_unit WHERE id = ?", orgUnitId);
        return path == null || caller.sees(path);
    }

    /**
     * @param orgUnitId the org unit a query asks about, or null for all the caller sees
     * @return the path every grid's org unit must start with, or null for all grids
     * @throws ProblemException 404 {@code org-unit.unknown} when the unit does not exist or lies outside the scope
     */
    public String subtree(Caller caller, Long orgUnitId) {
        if (orgUnitId == null) {
            return caller.isUnrestricted() ? null : caller.pathPrefix();
        }
        String path = path("SELECT path FROM org_unit WHERE id = ?", orgUnitId);
        if (path == null || !caller.sees(path)) {
            throw ProblemException.notFound("org-unit.unknown", "there is no org unit " + orgUnitId);
        }
        return path;
    }

    private String path(String sql, long id) {
        return em.unwrap(Session.class).doReturningWork(db -> {
            try (PreparedStatement query = db.prepareStatement(sql)) {
                query.setLong(1, id);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
    }
}
