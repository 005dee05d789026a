package org.gridpatrol.server.coverage;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.gridpatrol.engine.coverage.Coverage;
import org.gridpatrol.engine.coverage.CoverageMeter;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.coverage.GridCoverage;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;
import org.locationtech.jts.geom.Geometry;

/**
 * Coverage of a grid by an officer's or a squad's cleaned tracks over a window. The geometry work
 * is JTS in the engine (measured against PostGIS in tools/bench); the database only reads.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CoverageQuery {
    static final Duration MAX_WINDOW = Duration.ofDays(31);

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /**
     * @param caller    who asks: grid and officer or squad must be in his scope (else 404)
     * @param gridId    the grid
     * @param officerId one officer, or null
     * @param squadId   one squad (its current officers), or null; exactly one of the two
     * @param from      start of the window
     * @param to        end of the window, at most 31 days later
     * @param bufferM   how near a track must come, 1 to 200 metres
     * @param compare   also measure the window of the same length just before {@code from}
     * @return the coverage
     */
    public GridCoverage coverage(Caller caller, long gridId, Long officerId, Long squadId, Instant from, Instant to,
                                 double bufferM, boolean compare) {
        if ((officerId == null) == (squadId == null)) {
            throw ProblemException.badRequest("coverage.no-subject", "send either officer or squad, one of them");
        }
        if (from == null || to == null || !from.isBefore(to) || Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw ProblemException.badRequest("coverage.bad-window", "send from < to, at most " + MAX_WINDOW.toDays() + " days apart");
        }
        if (!(bufferM >= 1 && bufferM <= 200)) {
            throw ProblemException.badRequest("coverage.bad-buffer", "buffer is 1 to 200 metres");
        }
        try (Connection db = dataSource.getConnection()) {
            Geometry grid = inScope(db, caller, "SELECT u.path FROM grid g JOIN org_unit u ON u.id = g.org_unit_id WHERE g.id = ?",
                    gridId) ? GridShapes.grid(db, gridId) : null;
            if (grid == null) {
                throw ProblemException.notFound("grid.unknown", "there is no grid " + gridId);
            }
            List<Long> officers = officers(db, caller, officerId, squadId);
            Map<Long, List<Fix>> tracks = PatrolTracks.cleaned(db, officers, from, to);
            boolean roads = GridShapes.roadNetworkLoaded(db);
            List<Geometry> streets = roads ? GridShapes.streets(db, gridId) : List.of();
            List<double[][]> lines = tracks.values().stream().map(PatrolTracks::lonLat).toList();
            Coverage c = CoverageMeter.withBuffer(bufferM).measure(grid, lines, streets);
            Double before = compare ? previousShare(db, grid, officers, from, to, bufferM) : null;
            return new GridCoverage(gridId, officers, from, to, bufferM, c.gridAreaM2(), c.coveredAreaM2(), c.areaShare(),
                    roads ? c.streetLengthM() : null, roads ? c.walkedStreetM() : null,
                    Double.isNaN(c.streetShare()) ? null : c.streetShare(),
                    c.covered().isEmpty() ? null : GeoJson.write(c.covered()), before, before == null ? null : c.areaShare() - before);
        } catch (SQLException e) {
            throw new IllegalStateException("could not measure the coverage of grid " + gridId, e);
        }
    }

    /** @return the covered share of the grid in the window of the same length just before {@code from} */
    private static double previousShare(Connection db, Geometry grid, List<Long> officers, Instant from, Instant to,
                                        double bufferM) throws SQLException {
        Instant previousFrom = from.minus(Duration.between(from, to));
        List<double[][]> lines = PatrolTracks.cleaned(db, officers, previousFrom, from).values().stream()
                .map(PatrolTracks::lonLat).toList();
        return CoverageMeter.withBuffer(bufferM).measure(grid, lines, List.of()).areaShare();
    }

    private static List<Long> officers(Connection db, Caller caller, Long officerId, Long squadId) throws SQLException {
        if (officerId != null) {
            if (!inScope(db, caller, "SELECT u.path FROM officer o JOIN org_unit u ON u.id = o.squad_id WHERE o.id = ?", officerId)) {
                throw ProblemException.notFound("officer.not-found", "there is no officer " + officerId);
            }
            return List.of(officerId);
        }
        if (!inScope(db, caller, "SELECT path FROM org_unit WHERE id = ?", squadId)) {
            throw ProblemException.notFound("org-unit.unknown", "there is no org unit " + squadId);
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT id FROM officer WHERE squad_id = ? ORDER BY id")) {
            query.setLong(1, squadId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        }
        return ids;
    }

    /** @return true when the row exists and its org unit path is in the caller's scope */
    static boolean inScope(Connection db, Caller caller, String pathQuery, long id) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(pathQuery)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && caller.sees(row.getString(1));
            }
        }
    }
}
