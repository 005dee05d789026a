package org.gridpatrol.server.alarm;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Escalation: an alarm nobody acknowledged within {@code gridpatrol.alarm.escalate-minutes}
 * (default 15) of being raised gets {@code escalated_at}, an ESCALATE step in its handling record
 * (whose trigger writes the audit row, actor {@code system}), and an {@code alarm.escalated} event for the supervisors of the squad's parent unit
 * (the squad's own desktops get {@code alarm.changed}). Still unacknowledged one more period later, it
 * climbs again (brigade ▸ bureau), each time another ESCALATE step and an event for the unit reached
 * only; at the root it stays. The threshold is read on every sweep, so it
 * can be changed on a running server; the sweep runs every {@code gridpatrol.alarm.sweep-seconds}.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AlarmEscalation {
    private static final Logger LOG = Logger.getLogger(AlarmEscalation.class.getName());
    /** At most this many alarms per sweep, so a backlog after an upgrade is spread over a few sweeps. */
    private static final int BATCH = 500;

    // one statement: pick the due alarms (skipping rows a supervisor holds) with the unit above the one
    // they last went to (none above the root: they stay there), mark them, record the step
    private static final String ESCALATE = """
            WITH due AS (SELECT a.id, up.id AS target FROM alarm a
                           JOIN org_unit reached ON reached.id = coalesce(a.escalated_to, a.org_unit_id)
                           JOIN org_unit up ON up.id = reached.parent_id
                          WHERE a.state = 'OPEN' AND coalesce(a.escalated_at, a.raised_at) < ?
                          ORDER BY coalesce(a.escalated_at, a.raised_at) LIMIT ? FOR UPDATE OF a SKIP LOCKED),
                 marked AS (UPDATE alarm a SET escalated_at = now(), escalation_level = a.escalation_level + 1,
                                   escalated_to = due.target
                              FROM due WHERE a.id = due.id
                            RETURNING a.id, a.type, a.officer_id, a.grid_id, a.org_unit_id, a.started_at, a.ended_at,
                                      a.reason, a.escalated_at, a.escalated_to, a.escalation_level),
                 steps AS (INSERT INTO alarm_handling (alarm_id, action, at, note)
                           SELECT id, 'ESCALATE', escalated_at, ? || ' (' || escalation_level || ')' FROM marked)
            SELECT m.id, m.type, m.officer_id, m.grid_id, m.org_unit_id, m.started_at, m.ended_at, m.reason,
                   m.escalated_at, u.path, t.path, t.id, m.escalation_level
              FROM marked m JOIN org_unit u ON u.id = m.org_unit_id JOIN org_unit t ON t.id = m.escalated_to""";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;
    @Resource
    private TimerService timers;
    @Inject
    private AlarmNews news;

    @PostConstruct
    void start() {
        long every = AlarmTimers.sweepEvery().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("alarm escalation", false));
    }

    @Timeout
    void sweep() {
        Duration threshold = AlarmTimers.escalateAfter();
        String note = "not acknowledged within " + threshold.toMinutes() + " min / " + threshold.toMinutes() + " 分钟内未确认";
        try (Connection db = dataSource.getConnection(); PreparedStatement escalate = db.prepareStatement(ESCALATE)) {
            escalate.setTimestamp(1, Timestamp.from(Instant.now().minus(threshold)));
            escalate.setInt(2, BATCH);
            escalate.setString(3, note);
            try (ResultSet row = escalate.executeQuery()) {
                while (row.next()) {
                    announce(row);
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "alarm escalation failed; trying again at the next sweep", e);
        }
    }

    private void announce(ResultSet row) throws SQLException {
        long id = row.getLong(1);
        Map<String, Object> event = AlarmNews.payload(id, row.getString(2), row.getLong(3), row.getObject(4, Long.class),
                row.getLong(5), "OPEN", AlarmRecord.instant(row.getTimestamp(6)), AlarmRecord.instant(row.getTimestamp(7)),
                row.getString(8));
        event.put("escalatedAt", row.getTimestamp(9).toInstant().toString());
        event.put("escalatedTo", row.getObject(12, Long.class));
        event.put("escalationLevel", row.getInt(13));
        news.afterCommit(AlarmNews.CHANGED, row.getString(10), event);
        news.afterCommit(AlarmNews.ESCALATED, row.getString(11), event);
    }
}
