package org.gridpatrol.desktop.alarms;

import com.fasterxml.jackson.core.type.TypeReference;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.model.alarm.AlarmAcknowledgement;
import org.gridpatrol.model.alarm.AlarmDetail;
import org.gridpatrol.model.alarm.AlarmDisposal;

/**
 * The handling steps of an alarm on the server: each reads the alarm's current version
 * first ({@code GET /alarms/{id}}) and sends it back, so a step taken meanwhile by another
 * supervisor is refused (409) rather than overwritten. Calls block.
 */
final class AlarmHandling {
    /** The dispositions a handled alarm can have. */
    static final String[] DISPOSITIONS = {"CONFIRMED", "EXCUSED", "FALSE_ALARM"};
    private static final TypeReference<AlarmDetail> DETAIL = new TypeReference<>() {
    };

    private final ServerConnection connection;

    AlarmHandling(ServerConnection connection) {
        this.connection = connection;
    }

    /** @return the alarm after {@code POST /alarms/{id}/acknowledge} */
    AlarmDetail acknowledge(long id, String note) {
        int version = connection.get("/alarms/" + id, DETAIL).version();
        return connection.post("/alarms/" + id + "/acknowledge", new AlarmAcknowledgement(version, blankToNull(note)), DETAIL);
    }

    /** @return the alarm after {@code POST /alarms/{id}/handle} */
    AlarmDetail handle(long id, String disposition, String note) {
        int version = connection.get("/alarms/" + id, DETAIL).version();
        return connection.post("/alarms/" + id + "/handle", new AlarmDisposal(version, disposition, blankToNull(note)),
                DETAIL);
    }

    private static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note.trim();
    }
}
