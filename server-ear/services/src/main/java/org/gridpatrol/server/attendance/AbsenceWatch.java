package org.gridpatrol.server.attendance;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.gridpatrol.server.alarm.AlarmEscalation;
import org.gridpatrol.server.alarm.AlarmNews;
import org.gridpatrol.server.shift.ShiftSchedule.Interval;

/**
 * ABSENT alarms: a timer finds officers whose shift began more than the absence limit ago
 * (default 30 min) without a clock-in for it, and raises one alarm per shift from its start;
 * the clock-in ends it ({@link AttendanceAlarms}), or the shift's end does. Holidays have no
 * shifts, so nobody is absent on them.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AbsenceWatch {
    private static final Logger LOG = Logger.getLogger(AbsenceWatch.class.getName());
    private static final String REASON = "no clock-in after the shift began / 缺勤：上班后未打卡";

    // every due shift at once; the unique key keeps a shift from raising twice
    private static final String RAISE = """
            INSERT INTO alarm (type, officer_id, org_unit_id, started_at, reason, evidence)
            SELECT 'ABSENT', d.officer, d.squad, d.start, ?, jsonb_build_object('shiftStart', d.start, 'shiftEnd', d.stop)
              FROM unnest(?::bigint[], ?::bigint[], ?::text[]::timestamptz[], ?::text[]::timestamptz[])
                   AS d (officer, squad, start, stop)
             WHERE NOT EXISTS (SELECT 1 FROM clock_event c WHERE c.officer_id = d.officer AND c.kind = 'IN'
                                 AND c.at >= d.start - interval '2 hours' AND c.at < d.stop)
            ON CONFLICT ON CONSTRAINT alarm_dedupe_uq DO NOTHING
            RETURNING id, officer_id, org_unit_id, started_at, (SELECT path FROM org_unit WHERE id = org_unit_id)""";
    private static final String END = """
            UPDATE alarm a SET ended_at = (a.evidence->>'shiftEnd')::timestamptz FROM org_unit u
             WHERE u.id = a.org_unit_id AND a.type = 'ABSENT' AND a.ended_at IS NULL
               AND (a.evidence->>'shiftEnd')::timestamptz <= now()
            RETURNING a.id, a.officer_id, a.org_unit_id, a.state, a.started_at, a.ended_at, u.path""";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;
    @Resource
    private TimerService timers;
    @Inject
    private AlarmNews news;

    @PostConstruct
    void start() {
        long every = AlarmEscalation.sweepEvery().toMillis();
        timers.createIntervalTimer(every, every, new TimerConfig("absence", false));
    }

    @Timeout
    void sweep() {
        Instant now = Instant.now();
        Duration limit = AttendanceRules.absentAfter();
        try (Connection db = dataSource.getConnection()) {
            List<Long> officers = new ArrayList<>();
            List<Long> squads = new ArrayList<>();
            List<String> starts = new ArrayList<>();
            List<String> stops = new ArrayList<>();
            for (ShiftRoster.Duty duty : ShiftRoster.all(db, now).values()) {
                for (Interval shift : duty.shifts()) {
                    if (AttendanceRules.absentDue(shift, now, limit)) {
                        officers.add(duty.officerId());
                        squads.add(duty.squadId());
                        starts.add(shift.from().toString());
                        stops.add(shift.to().toString());
                    }
                }
            }
            if (!officers.isEmpty()) {
                raise(db, officers, squads, starts, stops);
            }
            end(db);
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "absence check failed; trying again at the next sweep", e);
        }
    }

    private void raise(Connection db, List<Long> officers, List<Long> squads, List<String> starts, List<String> stops)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(RAISE)) {
            insert.setString(1, REASON);
            insert.setArray(2, db.createArrayOf("bigint", officers.toArray()));
            insert.setArray(3, db.createArrayOf("bigint", squads.toArray()));
            insert.setArray(4, db.createArrayOf("text", starts.toArray()));
            insert.setArray(5, db.createArrayOf("text", stops.toArray()));
            try (ResultSet row = insert.executeQuery()) {
                while (row.next()) {
                    news.afterCommit(AlarmNews.OPENED, row.getString(5), AlarmNews.payload(row.getLong(1), "ABSENT",
                            row.getLong(2), null, row.getLong(3), "OPEN", row.getTimestamp(4).toInstant(), null, REASON));
                }
            }
        }
    }

    private void end(Connection db) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(END); ResultSet row = update.executeQuery()) {
            while (row.next()) {
                news.afterCommit(AlarmNews.CLOSED, row.getString(7), AlarmNews.payload(row.getLong(1), "ABSENT",
                        row.getLong(2), null, row.getLong(3), row.getString(4), row.getTimestamp(5).toInstant(),
                        row.getTimestamp(6).toInstant(), REASON));
            }
        }
    }
}
