package org.gridpatrol.server.alarmrule;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import org.gridpatrol.engine.alarm.AlarmThresholds;
import org.gridpatrol.engine.rules.RuleBook;

/**
 * The rule sets as the engine reads them, kept in memory: a new book when a set is saved through
 * the API (after its commit), and a cheap comparison every few seconds for sets written otherwise.
 * Ingest asks for it on every batch, so it must not touch the database on the common path.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AlarmRuleBook {
    private static final Duration CHECK_EVERY = Duration.ofSeconds(5);

    @Resource
    private TransactionSynchronizationRegistry transactions;

    private volatile RuleBook book = RuleBook.EMPTY;
    private volatile String version = "";
    private volatile Instant checkedAt = Instant.EPOCH;

    /**
     * @param db a connection to read the sets with when they may have changed
     * @return the book in force; the same instance for as long as no set changes
     */
    public RuleBook current(Connection db) throws SQLException {
        if (Duration.between(checkedAt, Instant.now()).compareTo(CHECK_EVERY) >= 0) {
            refresh(db);
        }
        return book;
    }

    private synchronized void refresh(Connection db) throws SQLException {
        String now;
        try (PreparedStatement query = db.prepareStatement(RuleSetRows.VERSION); ResultSet row = query.executeQuery()) {
            row.next();
            now = row.getString(1);
        }
        checkedAt = Instant.now();
        if (!now.equals(version)) {
            book = new RuleBook(RuleSetRows.all(db), AlarmThresholds.DEFAULTS);
            version = now;
        }
    }

    /** Called by a write of rule sets: once it commits, the next reader loads the sets again. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void changed() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    checkedAt = Instant.EPOCH;
                }
            }
        });
    }
}
