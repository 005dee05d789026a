package org.gridpatrol.server.message;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Wakes the phones' waiting long-polls when a message for their officer is committed. Once a second
 * it asks the database which officers got messages since the last look: that one query sees every
 * writer (the alarm trigger, the engine's timer, supervisors' requests, another server) and never a
 * message that was rolled back. It looks back over the last {@link #LOOK_BACK} seconds' ids, since
 * a transaction that took its id early may commit after a later one was seen; a waiter woken with
 * nothing new simply waits again. Waiting costs no thread: a waiter is a callback.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MessageBell {
    private static final Logger LOG = Logger.getLogger(MessageBell.class.getName());

    private final Map<Long, Set<Runnable>> waiters = new ConcurrentHashMap<>();
    static final int LOOK_BACK = 5;
    /** The newest id seen by each of the last few looks; the oldest is where the next look starts. */
    private final long[] seen = {-1, -1, -1, -1, -1};
    private int look;

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /** @param wake run once, on the bell's thread, when a message for the officer may be there */
    public void await(long officerId, Runnable wake) {
        waiters.computeIfAbsent(officerId, k -> ConcurrentHashMap.newKeySet()).add(wake);
    }

    /** @param wake a waiter that stopped waiting (its time ran out) */
    public void forget(long officerId, Runnable wake) {
        waiters.computeIfPresent(officerId, (k, set) -> {
            set.remove(wake);
            return set.isEmpty() ? null : set;
        });
    }

    @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    synchronized void ring() {
        List<Long> officers = new ArrayList<>();
        try (Connection db = dataSource.getConnection()) {
            long from = seen[(look + 1) % LOOK_BACK];
            if (from < 0) {
                java.util.Arrays.fill(seen, newest(db));
                return;
            }
            long newest = seen[look % LOOK_BACK];
            try (PreparedStatement query = db.prepareStatement(
                    "SELECT officer_id, max(id) FROM mobile_message WHERE id > ? GROUP BY officer_id")) {
                query.setLong(1, from);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        officers.add(row.getLong(1));
                        newest = Math.max(newest, row.getLong(2));
                    }
                }
            }
            look = (look + 1) % LOOK_BACK;
            seen[look] = newest;
        } catch (SQLException | RuntimeException e) {
            // the schema may not be current yet; the next second tries again
            LOG.log(Level.FINE, "message bell could not look", e);
            return;
        }
        for (long officer : officers) {
            Set<Runnable> waiting = waiters.remove(officer);
            if (waiting != null) {
                waiting.forEach(MessageBell::wake);
            }
        }
    }

    private static void wake(Runnable waiter) {
        try {
            waiter.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a waiting phone could not be answered", e);
        }
    }

    private static long newest(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT coalesce(max(id), 0) FROM mobile_message");
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
