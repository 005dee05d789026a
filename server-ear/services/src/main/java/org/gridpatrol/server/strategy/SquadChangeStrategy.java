package org.gridpatrol.server.strategy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.gridpatrol.model.strategy.StrategyInForce;
import org.gridpatrol.server.message.MessageQueue;
import org.gridpatrol.server.officer.OfficerTransferred;

/**
 * An officer moved to a squad whose location strategy differs from his old squad's gets a
 * {@code STRATEGY} message with the new one, in the transaction of the move, as when a supervisor
 * changes a strategy. An officer with a strategy of his own keeps it and hears nothing.
 */
@ApplicationScoped
public class SquadChangeStrategy {
    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    void onTransfer(@Observes OfficerTransferred moved) {
        try (Connection db = dataSource.getConnection()) {
            if (StrategyRows.ownOfOfficer(db, moved.officerId()) != null) {
                return;
            }
            StrategyInForce before = StrategyRows.forUnit(db, moved.fromSquad());
            StrategyInForce after = StrategyRows.forUnit(db, moved.toSquad());
            if (!before.strategy().equals(after.strategy())) {
                MessageQueue.queue(db, List.of(moved.officerId()), "STRATEGY", LocationStrategies.body(after), moved.userId());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("telling a moved officer's phone its strategy failed", e);
        }
    }
}
