package org.gridpatrol.server.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;

/** Prepared statements with their parameters bound in one call, Java time types as JDBC wants them. */
final class Bind {
    private Bind() {
    }

    static PreparedStatement statement(Connection db, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object p = parameters[i];
            if (p instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (p instanceof LocalTime time) {
                statement.setObject(i + 1, time);
            } else {
                statement.setObject(i + 1, p);
            }
        }
        return statement;
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
