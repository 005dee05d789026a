package org.gridpatrol.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.gridpatrol.model.audit.AuditEntry;
import org.gridpatrol.model.audit.AuditVerification;
import org.gridpatrol.server.problem.ProblemException;

/**
 * The append-only, hash-chained audit log (V8): writing rows, reading them back for the auditor,
 * and recomputing the chain. Rows are written in a transaction of their own, so a refusal that
 * rolls the business transaction back is still recorded.
 */
@Stateless
public class AuditLog {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final String INSERT = """
            INSERT INTO audit_log (actor, actor_user_id, actor_address, action, outcome, target_type, target_id, summary)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb)""";
    private static final String FIND = """
            SELECT id, at, actor, actor_user_id, actor_address, action, outcome, target_type, target_id, summary::text, hash
              FROM audit_log
             WHERE (?::timestamptz IS NULL OR at >= ?) AND (?::timestamptz IS NULL OR at < ?)
               AND (?::text IS NULL OR actor = ?) AND (?::text IS NULL OR action = ?)
               AND (?::text IS NULL OR outcome = ?) AND (?::text IS NULL OR target_type = ?)
               AND (?::text IS NULL OR target_id = ?)
             ORDER BY id DESC OFFSET ? LIMIT ?""";
    private static final String GAPS = """
            SELECT prev + 1, id - 1 FROM (SELECT id, lag(id) OVER (ORDER BY id) AS prev FROM audit_log) l
             WHERE id - prev > 1 ORDER BY id LIMIT 100""";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /** The filter of an audit query; every member may be null. */
    public record Filter(Instant from, Instant to, String actor, String action, String outcome, String targetType,
                         String targetId) {
    }

    /** Writes one row, committed whatever becomes of the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(AuditRecord record) {
        try (Connection db = dataSource.getConnection(); PreparedStatement insert = db.prepareStatement(INSERT)) {
            insert.setString(1, record.actor() == null ? "anonymous" : record.actor());
            insert.setObject(2, record.actorUserId());
            insert.setString(3, record.address());
            insert.setString(4, record.action());
            insert.setString(5, record.outcome().name());
            insert.setString(6, record.targetType());
            insert.setString(7, record.targetId());
            insert.setString(8, json(record.summary()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the audit log", e);
        }
    }

    /**
     * @return rows matching the filter, newest first
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditEntry> find(Filter filter, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 1000) {
            throw ProblemException.badRequest("paging.invalid", "offset ≥ 0 and 1 ≤ limit ≤ 1000");
        }
        if (filter.outcome() != null && !List.of("SUCCESS", "FAILURE", "DENIED").contains(filter.outcome())) {
            throw ProblemException.badRequest("audit.outcome-unknown", "outcome is SUCCESS, FAILURE or DENIED");
        }
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(FIND)) {
            Timestamp from = filter.from() == null ? null : Timestamp.from(filter.from());
            Timestamp to = filter.to() == null ? null : Timestamp.from(filter.to());
            Object[] values = {from, from, to, to, filter.actor(), filter.actor(), filter.action(), filter.action(),
                filter.outcome(), filter.outcome(), filter.targetType(), filter.targetType(), filter.targetId(),
                filter.targetId(), offset, limit};
            for (int i = 0; i < values.length; i++) {
                query.setObject(i + 1, values[i]);
            }
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    entries.add(new AuditEntry(row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3),
                            row.getObject(4, Long.class), row.getString(5), row.getString(6), row.getString(7),
                            row.getString(8), row.getString(9), tree(row.getString(10)), row.getString(11)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log", e);
        }
    }

    /** Recomputes every row's hash and link ({@code audit_log_verify()}) and looks for missing ids. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public AuditVerification verify() {
        try (Connection db = dataSource.getConnection()) {
            Long broken;
            long rows;
            Long lastId;
            String lastHash;
            try (PreparedStatement query = db.prepareStatement("SELECT audit_log_verify(), (SELECT count(*) FROM audit_log),"
                    + " l.id, l.hash FROM (SELECT 1) one LEFT JOIN (SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1) l ON true");
                 ResultSet row = query.executeQuery()) {
                row.next();
                broken = row.getObject(1, Long.class);
                rows = row.getLong(2);
                lastId = row.getObject(3, Long.class);
                lastHash = row.getString(4);
            }
            List<Long> missing = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(GAPS); ResultSet row = query.executeQuery()) {
                while (row.next() && missing.size() < 100) {
                    for (long id = row.getLong(1); id <= row.getLong(2) && missing.size() < 100; id++) {
                        missing.add(id);
                    }
                }
            }
            return new AuditVerification(broken == null, broken, missing, rows, lastId, lastHash, Instant.now());
        } catch (SQLException e) {
            throw new IllegalStateException("could not verify the audit log", e);
        }
    }

    static String json(Map<String, ?> summary) {
        try {
            return JSON.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit summary is not JSON", e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit summary in the database is not JSON", e);
        }
    }
}
