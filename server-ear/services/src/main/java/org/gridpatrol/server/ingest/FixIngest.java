package org.gridpatrol.server.ingest;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.server.alarm.AlarmHost;
import org.gridpatrol.server.plan.PlanWatch;
import org.gridpatrol.model.mobile.FixBatch;
import org.gridpatrol.model.mobile.FixReceipt;
import org.gridpatrol.model.mobile.FixReceipt.Rejection;
import org.gridpatrol.server.mobile.DeviceIdentity;
import org.gridpatrol.server.problem.ProblemException;

/**
 * The ingest of one batch of fixes, in one transaction, in this order:
 * validate and convert ▸ store once ▸ advance the acknowledgement ▸ evaluate the
 * alarm rules and store the alarms they raise ▸ update the officer's live status
 * with the engine's state ▸ judge whether the phone follows its location strategy.
 * The receipt leaves only after the commit, so a phone
 * never drops a fix the database does not hold.
 */
@Stateless
public class FixIngest {
    /** The most fixes one request may carry. */
    public static final int MAX_BATCH = 1_000;

    private static final String STATUS = """
            INSERT INTO officer_status AS s (officer_id, device_id, last_fix_time, last_fix_seq, last_fix_lon,
                                             last_fix_lat, last_fix_accuracy_m, last_contact_at, engine_state, engine_state_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, coalesce(?::jsonb, '{}'::jsonb), ?)
            ON CONFLICT (officer_id) DO UPDATE SET
              device_id = EXCLUDED.device_id,
              engine_state = CASE WHEN ?::jsonb IS NULL THEN s.engine_state ELSE EXCLUDED.engine_state END,
              engine_state_at = EXCLUDED.engine_state_at,
              last_contact_at = greatest(s.last_contact_at, EXCLUDED.last_contact_at),
              last_fix_time = CASE WHEN s.last_fix_time IS NULL OR s.last_fix_time < EXCLUDED.last_fix_time
                              THEN EXCLUDED.last_fix_time ELSE s.last_fix_time END,
              last_fix_seq = CASE WHEN s.last_fix_time IS NULL OR s.last_fix_time < EXCLUDED.last_fix_time
                             THEN EXCLUDED.last_fix_seq ELSE s.last_fix_seq END,
              last_fix_lon = CASE WHEN s.last_fix_time IS NULL OR s.last_fix_time < EXCLUDED.last_fix_time
                             THEN EXCLUDED.last_fix_lon ELSE s.last_fix_lon END,
              last_fix_lat = CASE WHEN s.last_fix_time IS NULL OR s.last_fix_time < EXCLUDED.last_fix_time
                             THEN EXCLUDED.last_fix_lat ELSE s.last_fix_lat END,
              last_fix_accuracy_m = CASE WHEN s.last_fix_time IS NULL OR s.last_fix_time < EXCLUDED.last_fix_time
                                    THEN EXCLUDED.last_fix_accuracy_m ELSE s.last_fix_accuracy_m END""";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private AlarmHost alarms;

    @Inject
    private org.gridpatrol.server.strategy.ComplianceWatch compliance;

    @Inject
    private PlanWatch plans;

    /**
     * @param who   the signed-in device
     * @param batch 1 to 1,000 fixes, in any order
     * @return what was stored, what was already there, what was refused and why
     */
    public FixReceipt ingest(DeviceIdentity who, FixBatch batch) {
        if (batch == null || batch.fixes() == null || batch.fixes().isEmpty() || batch.fixes().size() > MAX_BATCH) {
            throw ProblemException.unprocessable("fix.batch-size",
                    "send between 1 and " + MAX_BATCH + " fixes in \"fixes\"", null);
        }
        Instant receivedAt = Instant.now();
        FixValidation.Outcome checked = FixValidation.check(batch.fixes(), receivedAt);
        try (Connection db = dataSource.getConnection()) {
            FixStore.Outcome stored = FixStore.store(db, who.deviceId(), who.officerId(), receivedAt,
                    checked.valid(), checked.rejected());
            long lowest = batch.fixes().stream()
                    .filter(f -> f != null && f.seq() != null && f.seq() >= 0)
                    .mapToLong(f -> f.seq()).min().orElse(0);
            long acked = FixStore.advanceAck(db, who.deviceId(), lowest, stored.span());
            List<Fix> fixes = stored.stored().stream()
                    .map(f -> new Fix(f.time(), f.lon(), f.lat(), f.accuracy(), f.speed() == null ? Double.NaN : f.speed(),
                            f.provider(), f.mock(), f.seq()))
                    .toList();
            // fixes refused for a clock far ahead are still evidence of a fake location
            List<Fix> evaluated = new ArrayList<>(ClockEvidence.aheadOfServer(batch.fixes(), checked.rejected()));
            evaluated.addAll(fixes);
            if (!evaluated.isEmpty()) {
                AlarmHost.Evaluation evaluation = alarms.evaluate(db, who.officerId(), evaluated, receivedAt);
                if (!fixes.isEmpty()) {
                    plans.track(db, who.officerId(), fixes);
                    status(db, who, receivedAt, stored.stored(), evaluation.state());
                    compliance.afterBatch(db, who.officerId(), receivedAt);
                } else {
                    keepState(db, who.officerId(), evaluation.state());
                }
            }
            List<Rejection> rejected = new ArrayList<>(checked.rejected());
            rejected.addAll(stored.conflicts());
            rejected.sort(Comparator.comparingInt(Rejection::index));
            return new FixReceipt(acked, stored.stored().size(), stored.duplicates(), rejected);
        } catch (SQLException e) {
            throw new IllegalStateException("storing fixes failed", e);
        }
    }

    private static void keepState(Connection db, long officerId, String engineState) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE officer_status SET engine_state = ?::jsonb, engine_state_at = now() WHERE officer_id = ?")) {
            update.setString(1, engineState);
            update.setLong(2, officerId);
            update.executeUpdate();
        }
    }

    private static void status(Connection db, DeviceIdentity who, Instant receivedAt, List<ValidFix> stored,
                               String engineState) throws SQLException {
        ValidFix latest = stored.stream().max(Comparator.comparing(ValidFix::time)).orElseThrow();
        try (PreparedStatement upsert = db.prepareStatement(STATUS)) {
            upsert.setLong(1, who.officerId());
            upsert.setLong(2, who.deviceId());
            upsert.setTimestamp(3, Timestamp.from(latest.time()));
            upsert.setLong(4, latest.seq());
            upsert.setDouble(5, latest.lon());
            upsert.setDouble(6, latest.lat());
            upsert.setFloat(7, latest.accuracy());
            upsert.setTimestamp(8, Timestamp.from(receivedAt));
            upsert.setString(9, engineState);
            upsert.setTimestamp(10, Timestamp.from(receivedAt));
            upsert.setString(11, engineState);
            upsert.executeUpdate();
        }
    }
}
