package org.gridpatrol.server.assignment;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import javax.sql.DataSource;
import org.gridpatrol.server.scope.Caller;

/**
 * Reads the few facts about a grid that assignments and duty need. Grids themselves belong to
 * the grid feature; this reads the table directly and maps no entity of its own.
 */
@ApplicationScoped
public class GridRefs {
    private static final String SQL = "SELECT g.name, g.retired_at, u.path FROM grid g"
            + " JOIN org_unit u ON u.id = g.org_unit_id WHERE g.id = ?";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /**
     * A grid as far as assignments care.
     *
     * @param id          its id
     * @param name        its name
     * @param orgUnitPath path of the org unit owning it
     * @param retiredAt   when it was retired, or null while it is live
     */
    public record GridRef(long id, String name, String orgUnitPath, Instant retiredAt) {
        /** @return true when the grid is retired at that instant */
        public boolean retiredAt(Instant t) {
            return retiredAt != null && !t.isBefore(retiredAt);
        }
    }

    /** @return the grid, when it exists and its org unit is in the caller's scope */
    public Optional<GridRef> visible(Caller caller, long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setLong(1, id);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                OffsetDateTime retired = row.getObject(2, OffsetDateTime.class);
                GridRef grid = new GridRef(id, row.getString(1), row.getString(3),
                        retired == null ? null : retired.toInstant());
                return caller.sees(grid.orgUnitPath()) ? Optional.of(grid) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read grid " + id, e);
        }
    }
}
