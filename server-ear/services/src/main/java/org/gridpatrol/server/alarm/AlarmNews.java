package org.gridpatrol.server.alarm;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridpatrol.server.events.LiveEvents;

/**
 * Alarm events for the desktops' live stream, sent once the transaction that made them commits:
 * a desktop never hears of a change the database then forgets.
 */
@ApplicationScoped
public class AlarmNews {
    /** An alarm was acknowledged, handled, escalated, or raised or ended outside the engine. */
    public static final String CHANGED = "alarm.changed";
    /** An alarm waited too long for acknowledgement; sent to the squad's parent unit. */
    public static final String ESCALATED = "alarm.escalated";
    /** An alarm raised outside the engine (attendance). */
    public static final String OPENED = "alarm.opened";
    /** An alarm raised outside the engine ended. */
    public static final String CLOSED = "alarm.closed";

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private LiveEvents live;

    /**
     * @param name    the event's name
     * @param orgPath the org unit whose subtree may see it
     * @param data    the payload
     */
    public void afterCommit(String name, String orgPath, Map<String, Object> data) {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            live.publish(name, orgPath, data);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    live.publish(name, orgPath, data);
                }
            }
        });
    }

    /** @return the payload desktops expect of an alarm event: enough to update a row of their table */
    public static Map<String, Object> payload(long id, String type, long officerId, Long gridId, long orgUnitId,
                                              String state, Instant startedAt, Instant endedAt, String reason) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", id);
        data.put("type", type);
        data.put("officerId", officerId);
        data.put("gridId", gridId);
        data.put("orgUnitId", orgUnitId);
        data.put("state", state);
        data.put("startedAt", startedAt == null ? null : startedAt.toString());
        data.put("endedAt", endedAt == null ? null : endedAt.toString());
        data.put("reason", reason);
        return data;
    }
}
