package org.gridpatrol.server.task;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.model.task.Task;
import org.gridpatrol.model.task.TaskDraft;
import org.gridpatrol.model.task.TaskStep;

/** Reading and writing {@code patrol_task} (V20). */
final class TaskRows {
    private static final String COLUMNS = """
            t.id, t.officer_id, t.title, t.body, t.lon, t.lat, t.grid_id, t.checkpoint_id, t.due_at, t.state,
            t.assigned_by, t.created_at, t.accepted_at, t.accepted_lon, t.accepted_lat, t.completed_at,
            t.completed_lon, t.completed_lat, t.photo_id, t.note""";
    static final String SELECT = "SELECT " + COLUMNS + " FROM patrol_task t";

    private TaskRows() {
    }

    static long insert(Connection db, TaskDraft d, double[] position, Long assignedBy) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                INSERT INTO patrol_task (officer_id, title, body, lon, lat, grid_id, checkpoint_id, due_at, assigned_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
            insert.setLong(1, d.officerId());
            insert.setString(2, d.title().strip());
            insert.setString(3, d.text() == null ? "" : d.text().strip());
            insert.setObject(4, position == null ? null : position[0]);
            insert.setObject(5, position == null ? null : position[1]);
            insert.setObject(6, d.gridId());
            insert.setObject(7, d.checkpointId());
            insert.setTimestamp(8, d.dueAt() == null ? null : Timestamp.from(d.dueAt()));
            insert.setObject(9, assignedBy);
            try (ResultSet row = insert.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** @return the task, locked until the transaction ends, or null */
    static Task forUpdate(Connection db, long id) throws SQLException {
        List<Task> found = query(db, SELECT + " WHERE t.id = ? FOR UPDATE", id);
        return found.isEmpty() ? null : found.get(0);
    }

    static Task get(Connection db, long id) throws SQLException {
        List<Task> found = query(db, SELECT + " WHERE t.id = ?", id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Moves a task to ACCEPTED or COMPLETED, with where and when the phone took the step. */
    static void step(Connection db, long id, String state, TaskStep step) throws SQLException {
        String sql = Task.ACCEPTED.equals(state)
                ? "UPDATE patrol_task SET state = 'ACCEPTED', accepted_at = now(), accepted_lon = ?, accepted_lat = ? WHERE id = ?"
                : "UPDATE patrol_task SET state = 'COMPLETED', completed_at = now(), completed_lon = ?, completed_lat = ?,"
                + " photo_id = ?, note = ? WHERE id = ?";
        try (PreparedStatement update = db.prepareStatement(sql)) {
            int i = 1;
            update.setDouble(i++, step.lon());
            update.setDouble(i++, step.lat());
            if (Task.COMPLETED.equals(state)) {
                update.setObject(i++, step.photoId());
                update.setString(i++, step.note() == null || step.note().isBlank() ? null : step.note().strip());
            }
            update.setLong(i, id);
            update.executeUpdate();
        }
    }

    static List<Task> query(Connection db, String sql, Object... parameters) throws SQLException {
        List<Task> tasks = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    tasks.add(task(row));
                }
            }
        }
        return tasks;
    }

    private static Task task(ResultSet r) throws SQLException {
        Instant due = instant(r, 9);
        Instant completed = instant(r, 16);
        String state = r.getString(10);
        boolean overdue = due != null && (completed == null ? Instant.now().isAfter(due) : completed.isAfter(due));
        return new Task(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), number(r, 5), number(r, 6),
                id(r, 7), id(r, 8), due, state, overdue, id(r, 11), instant(r, 12), instant(r, 13), number(r, 14),
                number(r, 15), completed, number(r, 17), number(r, 18), id(r, 19), r.getString(20));
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Double number(ResultSet r, int column) throws SQLException {
        double value = r.getDouble(column);
        return r.wasNull() ? null : value;
    }

    private static Long id(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? null : value;
    }
}
