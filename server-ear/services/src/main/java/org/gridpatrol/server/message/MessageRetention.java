package org.gridpatrol.server.message;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Deletes phone messages the phone has confirmed ({@code mobile_message_delivery}) once they are
 * older than {@code -Dgridpatrol.message.retention-days} (30). A message no phone has confirmed
 * stays however old it is: an officer back from leave still reads what was sent meanwhile. Runs
 * every {@code -Dgridpatrol.message.purge-every-s} (an hour), in chunks so one run never holds
 * many rows locked.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class MessageRetention {
    private static final Logger LOG = Logger.getLogger(MessageRetention.class.getName());
    static final int RETENTION_DAYS = Integer.getInteger("gridpatrol.message.retention-days", 30);
    static final Duration EVERY = Duration.ofSeconds(Long.getLong("gridpatrol.message.purge-every-s", 3600));
    static final int CHUNK = 10_000;

    @Resource
    private TimerService timers;
    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @PostConstruct
    void start() {
        timers.createIntervalTimer(EVERY.toMillis(), EVERY.toMillis(), new TimerConfig("message retention", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    synchronized void purge() {
        long deleted = 0;
        try (Connection db = dataSource.getConnection();
             PreparedStatement delete = db.prepareStatement("""
                     DELETE FROM mobile_message WHERE id IN (
                       SELECT m.id FROM mobile_message m JOIN mobile_message_delivery d ON d.officer_id = m.officer_id
                        WHERE m.id <= d.delivered_id AND m.created_at < now() - make_interval(days => ?)
                        LIMIT ?)""")) {
            delete.setInt(1, RETENTION_DAYS);
            delete.setInt(2, CHUNK);
            int n;
            do {
                n = delete.executeUpdate();
                deleted += n;
            } while (n == CHUNK);
        } catch (SQLException | RuntimeException e) {
            // the schema may not be current yet (undefined table), or the database away; the next run tries again
            boolean early = e instanceof SQLException sql && "42P01".equals(sql.getSQLState());
            LOG.log(early ? Level.FINE : Level.WARNING, "deleting old phone messages failed", e);
            return;
        }
        if (deleted > 0) {
            LOG.info("deleted " + deleted + " delivered phone messages older than " + RETENTION_DAYS + " days");
        }
    }
}
