package org.gridpatrol.server.alarm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridpatrol.engine.alarm.AlarmEngine;
import org.gridpatrol.engine.alarm.OfficerSnapshot;

/** An officer's engine state as the JSON kept in {@code officer_status.engine_state}, for restarts. */
final class EngineStates {
    private static final Logger LOG = Logger.getLogger(EngineStates.class.getName());
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private EngineStates() {
    }

    static OfficerSnapshot load(Connection db, long officerId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT engine_state::text FROM officer_status WHERE officer_id = ? AND engine_state <> '{}'::jsonb")) {
            query.setLong(1, officerId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                try {
                    return JSON.readValue(row.getString(1), OfficerSnapshot.class);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "engine state of officer " + officerId + " unreadable; starting afresh", e);
                    return null;
                }
            }
        }
    }

    static String json(AlarmEngine engine, long officerId) {
        OfficerSnapshot snapshot = engine.snapshot(officerId).orElse(null);
        try {
            return snapshot == null ? null : JSON.writeValueAsString(snapshot);
        } catch (IOException e) {
            throw new IllegalStateException("engine state does not serialise", e);
        }
    }
}
