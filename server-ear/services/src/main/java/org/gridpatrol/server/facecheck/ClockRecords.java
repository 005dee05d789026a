package org.gridpatrol.server.facecheck;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.gridpatrol.model.mobile.ClockRecord;
import org.gridpatrol.server.officer.Officers;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/** An officer's clock-ins and clock-outs as stored, with the face check, for his supervisors. */
@Stateless
public class ClockRecords {
    private static final int MAX = 1000;

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;
    @Inject
    private Officers officers;

    /**
     * @param from inclusive; required
     * @param to   exclusive; required, at most 31 days after from
     * @return the records in [from, to), oldest first, at most 1,000
     */
    public List<ClockRecord> of(Caller caller, long officerId, Instant from, Instant to) {
        if (from == null || to == null || !from.isBefore(to) || from.plusSeconds(31L * 86400).isBefore(to)) {
            throw ProblemException.badRequest("clock.period-invalid", "send from and to (ISO-8601), from before to, at most 31 days apart");
        }
        officers.get(caller, officerId);
        List<ClockRecord> records = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement("""
                     SELECT id, kind, at, lon, lat, selfie_photo_id, face_verdict, face_score, face_check_missing
                       FROM clock_event WHERE officer_id = ? AND at >= ? AND at < ? ORDER BY at, id LIMIT ?""")) {
            query.setLong(1, officerId);
            query.setTimestamp(2, Timestamp.from(from));
            query.setTimestamp(3, Timestamp.from(to));
            query.setInt(4, MAX);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    records.add(new ClockRecord(row.getLong(1), officerId, row.getString(2), row.getTimestamp(3).toInstant(),
                            row.getObject(4, Double.class), row.getObject(5, Double.class), row.getObject(6, Long.class),
                            row.getString(7), row.getObject(8) == null ? null : ((Number) row.getObject(8)).doubleValue(),
                            row.getBoolean(9)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading clock events failed", e);
        }
        return records;
    }
}
