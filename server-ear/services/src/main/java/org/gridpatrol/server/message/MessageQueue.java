package org.gridpatrol.server.message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Writing messages for officers' phones into {@code mobile_message}, on the caller's connection
 * and in its transaction: a message exists exactly when the change it tells of was committed.
 * Alarm messages are written by the database's trigger on {@code alarm}, not here.
 */
public final class MessageQueue {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private MessageQueue() {
    }

    /**
     * @param db       the caller's connection
     * @param officers whose phones get it
     * @param kind     {@code STRATEGY}, {@code NOTICE} or {@code TASK}
     * @param body     written as a JSON object
     * @param sentBy   the supervisor's account, or null when the server itself sends it
     */
    public static void queue(Connection db, Collection<Long> officers, String kind, Object body, Long sentBy) throws SQLException {
        if (officers.isEmpty()) {
            return;
        }
        String json;
        try {
            json = JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a message body that cannot be written as JSON", e);
        }
        try (PreparedStatement insert = db.prepareStatement(
                "INSERT INTO mobile_message (officer_id, kind, body, sent_by) VALUES (?, ?, ?::jsonb, ?)")) {
            for (long officer : officers) {
                insert.setLong(1, officer);
                insert.setString(2, kind);
                insert.setString(3, json);
                insert.setObject(4, sentBy);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
