package org.gridpatrol.server.alarm;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.gridpatrol.model.Problem;
import org.gridpatrol.model.alarm.AlarmAcknowledgement;
import org.gridpatrol.model.alarm.AlarmDetail;
import org.gridpatrol.model.alarm.AlarmDisposal;
import org.gridpatrol.model.alarm.AlarmView;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/**
 * A supervisor's steps on an alarm: OPEN ▸ ACKNOWLEDGED ▸ HANDLED (with a disposition), each kept
 * in {@code alarm_handling} with who, when and a note. The caller sends the version he read; the
 * row is locked first, so of two supervisors handling at once the second is told (409), never
 * silently overwritten.
 */
@Stateless
public class AlarmHandling {
    static final Set<String> DISPOSITIONS = Set.of("CONFIRMED", "EXCUSED", "FALSE_ALARM");
    private static final int MAX_NOTE = 2_000;

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    @Inject
    private AlarmNews news;

    /**
     * @return the alarm after the step
     * @throws ProblemException 400 without a version; 404 out of scope; 409 {@code alarm.stale-version}
     *                          or {@code alarm.not-open}
     */
    public AlarmDetail acknowledge(Caller caller, long id, AlarmAcknowledgement step) {
        if (step == null || step.version() == null) {
            throw ProblemException.badRequest("alarm.version-missing", "send the alarm's version as you read it");
        }
        return change(caller, id, step.version(), "ACK", null, step.note());
    }

    /**
     * @return the alarm after the step
     * @throws ProblemException 400 without a version; 422 {@code alarm.disposition-unknown}; 404 out of
     *                          scope; 409 {@code alarm.stale-version} or {@code alarm.already-handled}
     */
    public AlarmDetail handle(Caller caller, long id, AlarmDisposal step) {
        if (step == null || step.version() == null) {
            throw ProblemException.badRequest("alarm.version-missing", "send the alarm's version as you read it");
        }
        if (step.disposition() == null || !DISPOSITIONS.contains(step.disposition())) {
            throw ProblemException.unprocessable("alarm.disposition-unknown",
                    "disposition is CONFIRMED, EXCUSED or FALSE_ALARM (确认 / 免责 / 误报)", null);
        }
        return change(caller, id, step.version(), "HANDLE", step.disposition(), step.note());
    }

    private AlarmDetail change(Caller caller, long id, int version, String action, String disposition, String note) {
        if (note != null && note.length() > MAX_NOTE) {
            throw ProblemException.unprocessable("alarm.note-too-long", "a note holds at most " + MAX_NOTE + " characters", null);
        }
        if (caller.userId() == null) {
            throw new ProblemException(Problem.of(403, "alarm.needs-account", "Forbidden",
                    "alarms are handled by a person signed in with an account"));
        }
        try (Connection db = dataSource.getConnection()) {
            AlarmRecord alarm = AlarmRecord.read(db, caller, id, true);
            AlarmView view = alarm.view();
            if (alarm.version() != version) {
                throw ProblemException.conflict("alarm.stale-version", "alarm " + id + " was changed by someone else"
                        + " (it is now " + view.state() + ", version " + alarm.version() + "; you read version "
                        + version + "); reload it and decide again");
            }
            String next = "ACK".equals(action) ? "ACKNOWLEDGED" : "HANDLED";
            if ("ACK".equals(action) && !"OPEN".equals(view.state())) {
                throw ProblemException.conflict("alarm.not-open", "alarm " + id + " is " + view.state()
                        + "; only an OPEN alarm can be acknowledged");
            }
            if ("HANDLE".equals(action) && "HANDLED".equals(view.state())) {
                throw ProblemException.conflict("alarm.already-handled", "alarm " + id + " was already handled ("
                        + view.disposition() + ")");
            }
            write(db, id, version, action, next, disposition, caller.userId(), note);
            AlarmRecord after = AlarmRecord.read(db, caller, id, false);
            Map<String, Object> event = AlarmNews.payload(id, view.type(), view.officerId(), view.gridId(),
                    view.orgUnitId(), next, view.startedAt(), view.endedAt(), view.reason());
            event.put("disposition", disposition);
            event.put("version", after.version());
            event.put("byUserId", caller.userId());
            news.afterCommit(AlarmNews.CHANGED, alarm.squadPath(), event);
            return AlarmDetails.read(db, after);
        } catch (SQLException e) {
            throw new IllegalStateException("could not change alarm " + id, e);
        }
    }

    private static void write(Connection db, long id, int version, String action, String state, String disposition,
                              long userId, String note) throws SQLException {
        try (PreparedStatement update = db.prepareStatement(
                "UPDATE alarm SET state = ?, disposition = ?, version = version + 1 WHERE id = ? AND version = ?");
             PreparedStatement step = db.prepareStatement("INSERT INTO alarm_handling (alarm_id, action, by_user_id,"
                     + " disposition, note) VALUES (?, ?, ?, ?, ?)")) {
            update.setString(1, state);
            update.setString(2, disposition);
            update.setLong(3, id);
            update.setInt(4, version);
            if (update.executeUpdate() != 1) {
                throw ProblemException.conflict("alarm.stale-version", "alarm " + id + " changed while you handled it");
            }
            step.setLong(1, id);
            step.setString(2, action);
            step.setLong(3, userId);
            step.setString(4, disposition);
            step.setString(5, note == null || note.isBlank() ? null : note.strip());
            step.executeUpdate();
        }
    }
}
