package org.gridpatrol.server.alarm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.gridpatrol.model.alarm.AlarmDetail;
import org.gridpatrol.model.alarm.AlarmStep;
import org.gridpatrol.model.alarm.EvidenceFix;
import org.gridpatrol.server.scope.Caller;

/** One alarm with its handling record and the fixes that opened and closed it. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AlarmDetails {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STEPS = """
            SELECT h.action, h.at, h.by_user_id, u.username, h.disposition, h.note
              FROM alarm_handling h LEFT JOIN app_user u ON u.id = h.by_user_id
             WHERE h.alarm_id = ? ORDER BY h.at, h.id""";
    // seqs are the device's; the officer and a window around the alarm pick them out (and prune partitions)
    private static final String FIXES = """
            SELECT seq, fix_time, lon, lat, accuracy_m, mock FROM fix
             WHERE officer_id = ? AND seq = ANY (?) AND fix_time >= ? AND fix_time <= ? ORDER BY fix_time, seq""";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /**
     * @param caller who asks
     * @param id     the alarm
     * @return the alarm, its evidence and its handling
     * @throws org.gridpatrol.server.problem.ProblemException 404 when absent or outside the caller's scope
     */
    public AlarmDetail find(Caller caller, long id) {
        try (Connection db = dataSource.getConnection()) {
            return read(db, AlarmRecord.read(db, caller, id, false));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read alarm " + id, e);
        }
    }

    static AlarmDetail read(Connection db, AlarmRecord alarm) throws SQLException {
        Map<String, Object> evidence = evidence(alarm.evidenceJson());
        Instant from = alarm.view().startedAt().minus(Duration.ofDays(1));
        Instant to = (alarm.view().endedAt() == null ? Instant.now() : alarm.view().endedAt()).plus(Duration.ofHours(1));
        return new AlarmDetail(alarm.view(), alarm.version(), alarm.escalatedAt(), evidence,
                fixes(db, alarm.view().officerId(), evidence.get("openedBy"), from, to),
                fixes(db, alarm.view().officerId(), evidence.get("closedBy"), from, to), steps(db, alarm.view().id()));
    }

    private static List<AlarmStep> steps(Connection db, long alarmId) throws SQLException {
        List<AlarmStep> steps = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(STEPS)) {
            query.setLong(1, alarmId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    steps.add(new AlarmStep(row.getString(1), row.getTimestamp(2).toInstant(),
                            row.getObject(3, Long.class), row.getString(4), row.getString(5), row.getString(6)));
                }
            }
        }
        return steps;
    }

    private static List<EvidenceFix> fixes(Connection db, long officerId, Object seqs, Instant from, Instant to)
            throws SQLException {
        if (!(seqs instanceof List<?> list) || list.isEmpty()) {
            return List.of();
        }
        List<EvidenceFix> fixes = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(FIXES)) {
            Array array = db.createArrayOf("bigint", list.stream().filter(Number.class::isInstance)
                    .map(n -> ((Number) n).longValue()).toArray());
            query.setLong(1, officerId);
            query.setArray(2, array);
            query.setTimestamp(3, Timestamp.from(from));
            query.setTimestamp(4, Timestamp.from(to));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    fixes.add(new EvidenceFix(row.getLong(1), row.getTimestamp(2).toInstant(), row.getDouble(3),
                            row.getDouble(4), row.getObject(5, Float.class), row.getBoolean(6)));
                }
            }
        }
        return fixes;
    }

    private static Map<String, Object> evidence(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alarm evidence is not a JSON object", e);
        }
    }
}
