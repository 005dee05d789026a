package org.gridpatrol.server.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridpatrol.model.mobile.FixReceipt.Rejection;

/**
 * Stores fixes exactly once. {@code fix_seq} (device, seq) decides what is new;
 * only new fixes go into the partitioned {@code fix} table, the claim and the insert
 * of a whole batch in one statement over arrays. Also keeps the device's acknowledgement watermark.
 */
final class FixStore {
    /**
     * One round trip: claim the seqs (valid and refused), and store only the valid fixes
     * whose seq was claimed now. Answers the seqs claimed.
     */
    private static final String CLAIM_AND_STORE = """
            WITH claimed AS (
                INSERT INTO fix_seq (device_id, seq, fix_time)
                SELECT ?, s, timestamptz 'epoch' + t * interval '1 microsecond'
                FROM unnest(?::bigint[], ?::bigint[]) AS x(s, t)
                ON CONFLICT DO NOTHING RETURNING seq),
            stored AS (
                INSERT INTO fix (device_id, officer_id, seq, fix_time, received_at, lon, lat, accuracy_m, speed_mps,
                                 bearing_deg, altitude_m, provider, mock, source_crs)
                SELECT ?, ?, s, timestamptz 'epoch' + t * interval '1 microsecond', ?, x, y, a, v, b, h, p, m, c
                FROM unnest(?::bigint[], ?::bigint[], ?::float8[], ?::float8[], ?::float4[], ?::float4[],
                            ?::float4[], ?::float4[], ?::text[], ?::bool[], ?::text[]) AS u(s, t, x, y, a, v, b, h, p, m, c)
                WHERE s IN (SELECT seq FROM claimed)
                RETURNING 1)
            SELECT seq FROM claimed""";
    private static final String STORED = """
            SELECT s.seq, s.fix_time, f.lon, f.lat FROM fix_seq s
            LEFT JOIN fix f ON f.device_id = s.device_id AND f.seq = s.seq AND f.fix_time = s.fix_time
            WHERE s.device_id = ? AND s.seq = ANY(?)""";
    /**
     * Walks {@code fix_seq} up from a seq (parameter 1; device, parameter 2) while the next seq is there and
     * sets the device's watermark to the last one found; the caller adds the {@code WHERE} of the row.
     */
    private static final String WALK = """
            WITH RECURSIVE run(seq) AS (
                SELECT ?::bigint
                UNION ALL
                SELECT run.seq + 1 FROM run
                 WHERE EXISTS (SELECT 1 FROM fix_seq f WHERE f.device_id = ? AND f.seq = run.seq + 1))
            UPDATE device_ack SET acked_seq = (SELECT max(seq) FROM run), updated_at = now()""";
    /**
     * What storing a batch did.
     *
     * @param span the seqs the batch left in {@code fix_seq}, for the acknowledgement; null when it had none
     */
    record Outcome(List<ValidFix> stored, int duplicates, List<Rejection> conflicts, SeqSpan span) {
    }

    private FixStore() {
    }

    /**
     * @param valid    the batch's valid fixes
     * @param refused  seqs refused for good by validation: claimed too, so the watermark passes them
     */
    static Outcome store(Connection db, long deviceId, long officerId, Instant receivedAt, List<ValidFix> valid,
                         List<Rejection> refused) throws SQLException {
        long[] seqs = new long[valid.size() + refused.size()];
        long[] times = new long[seqs.length];
        int n = 0;
        Set<Long> distinct = new HashSet<>();
        for (ValidFix fix : valid) {
            distinct.add(fix.seq());
            seqs[n] = fix.seq();
            times[n++] = micros(fix.time());
        }
        for (Rejection rejection : refused) {
            if (rejection.seq() != null && rejection.seq() >= 0 && distinct.add(rejection.seq())) {
                seqs[n] = rejection.seq();
                times[n++] = 0; // the epoch: a refused fix has no time worth keeping
            }
        }
        seqs = Arrays.copyOf(seqs, n);
        times = Arrays.copyOf(times, n);
        Set<Long> claimed = new HashSet<>();
        try (PreparedStatement claim = db.prepareStatement(CLAIM_AND_STORE)) {
            claim.setLong(1, deviceId);
            claim.setObject(2, seqs);
            claim.setObject(3, times);
            bindFixes(claim, 4, deviceId, officerId, receivedAt, valid);
            try (ResultSet row = claim.executeQuery()) {
                while (row.next()) {
                    claimed.add(row.getLong(1));
                }
            }
        }
        List<ValidFix> fresh = new ArrayList<>(valid.size());
        List<ValidFix> seenBefore = new ArrayList<>();
        for (ValidFix fix : valid) {
            (claimed.contains(fix.seq()) ? fresh : seenBefore).add(fix);
        }
        List<Rejection> conflicts = seenBefore.isEmpty() ? List.of() : conflicts(db, deviceId, seenBefore);
        return new Outcome(fresh, seenBefore.size() - conflicts.size(), conflicts, SeqSpan.of(seqs));
    }

    /** A seq stored before is a duplicate when time and place agree, a conflict otherwise. */
    private static List<Rejection> conflicts(Connection db, long deviceId, List<ValidFix> seenBefore) throws SQLException {
        Map<Long, Object[]> stored = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(STORED)) {
            query.setLong(1, deviceId);
            query.setArray(2, db.createArrayOf("bigint", seenBefore.stream().map(ValidFix::seq).toArray()));
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    stored.put(row.getLong(1), new Object[] {row.getTimestamp(2).toInstant(), row.getObject(3), row.getObject(4)});
                }
            }
        }
        List<Rejection> conflicts = new ArrayList<>();
        for (ValidFix fix : seenBefore) {
            Object[] was = stored.get(fix.seq());
            boolean same = was != null && fix.time().equals(was[0]) && was[1] != null
                    && Math.abs((Double) was[1] - fix.lon()) < 1e-9 && Math.abs((Double) was[2] - fix.lat()) < 1e-9;
            if (!same) {
                conflicts.add(new Rejection(fix.index(), fix.seq(), "fix.seq-conflict",
                        "seq " + fix.seq() + " was stored before with a different time or position"));
            }
        }
        return conflicts;
    }

    /**
     * Binds device, officer, receive time and the fixes' columns as arrays, from parameter {@code first} on.
     * Primitive arrays go to PostgreSQL in binary: neither side formats or parses decimal text.
     */
    private static void bindFixes(PreparedStatement statement, int first, long deviceId, long officerId,
                                  Instant receivedAt, List<ValidFix> fixes) throws SQLException {
        int n = fixes.size();
        long[] seq = new long[n];
        long[] time = new long[n];
        double[] lon = new double[n];
        double[] lat = new double[n];
        float[] accuracy = new float[n];
        Float[] speed = new Float[n];
        Float[] bearing = new Float[n];
        Float[] altitude = new Float[n];
        String[] provider = new String[n];
        boolean[] mock = new boolean[n];
        String[] crs = new String[n];
        for (int i = 0; i < n; i++) {
            ValidFix fix = fixes.get(i);
            seq[i] = fix.seq();
            time[i] = micros(fix.time());
            lon[i] = fix.lon();
            lat[i] = fix.lat();
            accuracy[i] = fix.accuracy();
            speed[i] = fix.speed();
            bearing[i] = fix.bearing();
            altitude[i] = fix.altitude();
            provider[i] = fix.provider();
            mock[i] = fix.mock();
            crs[i] = fix.sourceCrs();
        }
        statement.setLong(first, deviceId);
        statement.setLong(first + 1, officerId);
        statement.setTimestamp(first + 2, Timestamp.from(receivedAt));
        Object[] arrays = {seq, time, lon, lat, accuracy, speed, bearing, altitude, provider, mock, crs};
        for (int i = 0; i < arrays.length; i++) {
            statement.setObject(first + 3 + i, arrays[i]);
        }
    }

    /** Microseconds since the epoch, PostgreSQL's own precision: the statement adds them to the epoch. */
    private static long micros(Instant time) {
        return Math.addExact(Math.multiplyExact(time.getEpochSecond(), 1_000_000L), time.getNano() / 1_000);
    }

    /**
     * Moves the device's watermark over every seq now claimed without a gap: two statements,
     * the first of which also locks the device's row so batches of one device take turns.
     * A batch that continues the watermark without a gap moves it past itself at once; the walk
     * over {@code fix_seq} then only looks above the batch (for seqs stored earlier out of order).
     *
     * @param lowestInBatch where a device's first watermark starts (just below it)
     * @param span          the seqs the batch left in {@code fix_seq}, or null
     * @return the watermark: every seq up to it is stored or refused for good
     */
    static long advanceAck(Connection db, long deviceId, long lowestInBatch, SeqSpan span) throws SQLException {
        if (span != null && span.gapless()) {
            Long moved = followOn(db, deviceId, span);
            if (moved != null) {
                return moved;
            }
        }
        long acked;
        try (PreparedStatement lock = db.prepareStatement("""
                INSERT INTO device_ack (device_id, acked_seq) VALUES (?, ?)
                ON CONFLICT (device_id) DO UPDATE SET acked_seq = device_ack.acked_seq RETURNING acked_seq""")) {
            lock.setLong(1, deviceId);
            lock.setLong(2, lowestInBatch - 1);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                acked = row.getLong(1);
            }
        }
        try (PreparedStatement walk = db.prepareStatement(WALK + " WHERE device_id = ? RETURNING acked_seq")) {
            walk.setLong(1, span == null ? acked : span.walkFrom(acked));
            walk.setLong(2, deviceId);
            walk.setLong(3, deviceId);
            try (ResultSet row = walk.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * The usual case in one statement and one new row version: a gapless batch that follows on from
     * the watermark moves it to the batch's top and on over seqs stored earlier above it. The row
     * lock of the UPDATE re-checks the watermark, so a batch of the same device committed meanwhile
     * sends this one down the general path.
     *
     * @return the new watermark, or null when the batch does not follow on (or the device has none yet)
     */
    private static Long followOn(Connection db, long deviceId, SeqSpan span) throws SQLException {
        try (PreparedStatement move = db.prepareStatement(
                WALK + " WHERE device_id = ? AND acked_seq BETWEEN ? AND ? RETURNING acked_seq")) {
            move.setLong(1, span.highest());
            move.setLong(2, deviceId);
            move.setLong(3, deviceId);
            move.setLong(4, span.lowest() - 1);
            move.setLong(5, span.highest());
            try (ResultSet row = move.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }
}
