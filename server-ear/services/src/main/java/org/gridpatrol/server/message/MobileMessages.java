package org.gridpatrol.server.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.gridpatrol.model.mobile.MessagePage;
import org.gridpatrol.model.mobile.MobileMessage;
import org.gridpatrol.model.mobile.Notice;
import org.gridpatrol.model.mobile.NoticeReceipt;
import org.gridpatrol.server.officer.OfficerEntity;
import org.gridpatrol.server.officer.Officers;
import org.gridpatrol.server.org.OrgUnitEntity;
import org.gridpatrol.server.org.OrgUnits;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/**
 * The messages of an officer's phone: reading them in order from a cursor, and supervisors'
 * notices to one officer or to every active officer of an org unit's subtree.
 */
@Stateless
public class MobileMessages {
    /** The most messages one answer carries; the phone asks again from the cursor for more. */
    public static final int PAGE = 100;
    static final int MAX_TEXT = 500;

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;
    @Inject
    private Officers officers;
    @Inject
    private OrgUnits units;

    /**
     * @param officerId whose messages: always the signed-in officer's own
     * @param after     the last message id the phone has
     * @return up to {@link #PAGE} messages after it, oldest first
     */
    public MessagePage after(long officerId, long after) {
        List<MobileMessage> messages = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement("""
                     SELECT id, kind, created_at, body::text FROM mobile_message
                      WHERE officer_id = ? AND id > ? ORDER BY id LIMIT ?""")) {
            query.setLong(1, officerId);
            query.setLong(2, after);
            query.setInt(3, PAGE);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    messages.add(new MobileMessage(row.getLong(1), row.getString(2), row.getTimestamp(3).toInstant(),
                            MessageQueue.JSON.readValue(row.getString(4), new TypeReference<Map<String, Object>>() {
                            })));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading messages failed", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a message body is not JSON", e);
        }
        return new MessagePage(messages, messages.isEmpty() ? after : messages.get(messages.size() - 1).id());
    }

    /**
     * The phone asked for what comes after {@code after}, so it holds every message up to it: those
     * are delivered, and {@link MessageRetention} may delete them once old. A cursor beyond the
     * officer's newest message counts as his newest.
     */
    public void delivered(long officerId, long after) {
        if (after <= 0) {
            return;
        }
        try (Connection db = dataSource.getConnection();
             PreparedStatement upsert = db.prepareStatement("""
                     INSERT INTO mobile_message_delivery AS d (officer_id, delivered_id)
                     SELECT ?, least(?, coalesce(max(id), 0)) FROM mobile_message WHERE officer_id = ?
                     ON CONFLICT (officer_id) DO UPDATE SET delivered_id = EXCLUDED.delivered_id, delivered_at = now()
                      WHERE d.delivered_id < EXCLUDED.delivered_id""")) {
            upsert.setLong(1, officerId);
            upsert.setLong(2, after);
            upsert.setLong(3, officerId);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("recording delivered messages failed", e);
        }
    }

    /** A notice to one officer in the caller's scope (404 outside it). */
    public NoticeReceipt toOfficer(Caller caller, long officerId, Notice notice) {
        String text = text(notice);
        OfficerEntity officer = officers.get(caller, officerId);
        if (!officer.active()) {
            throw ProblemException.unprocessable("notice.officer-inactive", "officer " + officerId + " is deactivated", null);
        }
        return send(List.of(officerId), text, caller);
    }

    /** A notice to every active officer of the unit's subtree, as it is now. */
    public NoticeReceipt toUnit(Caller caller, long unitId, Notice notice) {
        String text = text(notice);
        OrgUnitEntity unit = units.get(caller, unitId);
        List<Long> ids = new ArrayList<>();
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement("""
                     SELECT o.id FROM officer o JOIN org_unit u ON u.id = o.squad_id
                      WHERE o.active AND u.path LIKE ? || '%' ORDER BY o.id""")) {
            query.setString(1, unit.path());
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("finding a unit's officers failed", e);
        }
        return send(ids, text, caller);
    }

    private NoticeReceipt send(List<Long> ids, String text, Caller caller) {
        try (Connection db = dataSource.getConnection()) {
            MessageQueue.queue(db, ids, "NOTICE", Map.of("text", text), caller.userId());
        } catch (SQLException e) {
            throw new IllegalStateException("queueing a notice failed", e);
        }
        return new NoticeReceipt(ids.size());
    }

    private static String text(Notice notice) {
        if (notice == null) {
            throw ProblemException.badRequest("request.body-missing", "the request needs a JSON body");
        }
        if (notice.text() == null || notice.text().isBlank()) {
            throw ProblemException.unprocessable("notice.text-missing", "a notice needs a text (text)", null);
        }
        if (notice.text().strip().length() > MAX_TEXT) {
            throw ProblemException.unprocessable("notice.text-too-long", "a notice is at most " + MAX_TEXT + " characters", null);
        }
        return notice.text().strip();
    }
}
