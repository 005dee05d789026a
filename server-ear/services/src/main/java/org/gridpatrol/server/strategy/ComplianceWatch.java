package org.gridpatrol.server.strategy;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.gridpatrol.model.strategy.LocationStrategy;
import org.gridpatrol.model.strategy.StrategyCompliance;
import org.gridpatrol.model.strategy.StrategyCompliance.Deviation;
import org.gridpatrol.server.alarm.DutyTimes;
import org.gridpatrol.server.events.LiveEvents;

/**
 * After a batch of fixes, judges at most once a minute per officer whether his phone follows the
 * strategy in force ({@link DeviationFinder}) and keeps the verdict in {@code strategy_compliance}.
 * When the verdict changes, the desktops of his squad's scope get {@code officer.strategy-deviation}
 * (or {@code officer.strategy-followed}) once the ingest commits. A strategy that records only on
 * duty is judged with each fix marked on or off duty ({@link DutyTimes}).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ComplianceWatch {
    /** How often one officer is judged; {@code -Dgridpatrol.strategy.check-every-s}. */
    static final Duration EVERY = Duration.ofSeconds(Long.getLong("gridpatrol.strategy.check-every-s", 60));
    /** How many of the newest fixes of the last hour are looked at. */
    static final int RECENT = 30;

    private final Map<Long, Instant> checkedAt = new ConcurrentHashMap<>();

    @Resource
    private TransactionSynchronizationRegistry transactions;
    @Inject
    private LiveEvents live;

    /**
     * Called by the ingest, on its connection and in its transaction, after the batch is stored.
     *
     * @param officerId  whose batch it was
     * @param receivedAt when it arrived
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void afterBatch(Connection db, long officerId, Instant receivedAt) throws SQLException {
        Instant last = checkedAt.get(officerId);
        if (last != null && Duration.between(last, receivedAt).compareTo(EVERY) < 0) {
            return;
        }
        checkedAt.put(officerId, receivedAt);
        ComplianceRows.Officer officer = ComplianceRows.officer(db, officerId);
        List<DeviationFinder.Sample> recent = ComplianceRows.recent(db, officerId, receivedAt, RECENT);
        LocationStrategy strategy = StrategyRows.forOfficer(db, officerId, officer.squadId()).strategy();
        if (Boolean.TRUE.equals(strategy.onDutyOnly())) {
            Predicate<Instant> onDuty = DutyTimes.of(db, officerId, receivedAt);
            recent = recent.stream().map(s -> new DeviationFinder.Sample(s.time(), s.receivedAt(), s.accuracy(),
                    onDuty.test(s.time()))).toList();
        }
        List<Deviation> deviations = DeviationFinder.find(recent, strategy);
        if (deviations == null) {
            return;
        }
        StrategyCompliance before = ComplianceRows.read(db, officerId);
        boolean changed = ComplianceRows.write(db, officerId, deviations, receivedAt, before, recent.size());
        if (changed) {
            Map<String, Object> event = Map.of("officerId", officerId, "deviations", deviations, "at", receivedAt.toString());
            String name = deviations.isEmpty() ? "officer.strategy-followed" : "officer.strategy-deviation";
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        live.publish(name, officer.squadPath(), event);
                    } else {
                        checkedAt.remove(officerId);
                    }
                }
            });
        }
    }

    /** @return the officer's last verdict, or null when never judged */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public StrategyCompliance of(Connection db, long officerId) throws SQLException {
        return ComplianceRows.read(db, officerId);
    }
}
