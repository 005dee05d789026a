package org.gridpatrol.server.task;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.gridpatrol.model.task.Task;
import org.gridpatrol.model.task.TaskDraft;
import org.gridpatrol.model.task.TaskStep;
import org.gridpatrol.server.message.MessageQueue;
import org.gridpatrol.server.officer.OfficerEntity;
import org.gridpatrol.server.officer.Officers;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.scope.Caller;

/**
 * Tasks a supervisor gives an officer of his subtree, and the officer's phone accepting and
 * completing them. Giving one queues a {@code TASK} message in the same transaction, so the phone
 * hears of exactly the tasks that were stored. A task is in a supervisor's scope while its
 * officer's squad is; outside it, task and officer are unknown (404). Desktops of that scope hear
 * of every task given and every step taken ({@link TaskNews}).
 */
@Stateless
public class PatrolTasks {
    /** The most tasks one list holds, newest first. */
    public static final int LIST_MAX = 500;
    private static final Set<String> STATES = Set.of(Task.ASSIGNED, Task.ACCEPTED, Task.COMPLETED);

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;
    @Inject
    private Officers officers;
    @Inject
    private TaskNews news;

    /** Gives the task and tells the officer's phone. */
    public Task assign(Caller caller, TaskDraft draft) {
        TaskChecks.draft(draft, Instant.now());
        OfficerEntity officer = officers.get(caller, draft.officerId());
        if (!officer.active()) {
            throw TaskProblems.refusal("/officerId", "task.officer-inactive", "officer " + officer.id() + " is deactivated");
        }
        try (Connection db = dataSource.getConnection()) {
            double[] position = TaskPlaces.check(db, caller, draft);
            long id = TaskRows.insert(db, draft, position, caller.userId());
            Task task = TaskRows.get(db, id);
            MessageQueue.queue(db, List.of(officer.id()), "TASK", TaskMessage.body(task), caller.userId());
            news.afterCommit(task, officers.squadPath(officer));
            return task;
        } catch (SQLException e) {
            throw new IllegalStateException("storing a task failed", e);
        }
    }

    /** @return the task when its officer is in the caller's scope, else 404 {@code task.not-found} */
    public Task get(Caller caller, long id) {
        try (Connection db = dataSource.getConnection()) {
            Task task = TaskRows.get(db, id);
            if (task == null || officers.visible(caller, task.officerId()).isEmpty()) {
                throw TaskProblems.notFound(id);
            }
            return task;
        } catch (SQLException e) {
            throw new IllegalStateException("reading a task failed", e);
        }
    }

    /**
     * @param officerId only this officer's (404 when out of scope), or null for all in scope
     * @param state     only tasks in this state, or null
     * @return up to {@link #LIST_MAX} tasks, newest first
     */
    public List<Task> list(Caller caller, Long officerId, String state) {
        checkState(state);
        if (officerId != null) {
            officers.get(caller, officerId);
        }
        StringBuilder sql = new StringBuilder(TaskRows.SELECT + " JOIN officer o ON o.id = t.officer_id"
                + " JOIN org_unit u ON u.id = o.squad_id WHERE u.path LIKE ? || '%'");
        List<Object> parameters = new ArrayList<>(List.of(caller.pathPrefix()));
        if (officerId != null) {
            sql.append(" AND t.officer_id = ?");
            parameters.add(officerId);
        }
        if (state != null) {
            sql.append(" AND t.state = ?");
            parameters.add(state);
        }
        sql.append(" ORDER BY t.id DESC LIMIT ").append(LIST_MAX);
        try (Connection db = dataSource.getConnection()) {
            return TaskRows.query(db, sql.toString(), parameters.toArray());
        } catch (SQLException e) {
            throw new IllegalStateException("listing tasks failed", e);
        }
    }

    /**
     * The signed-in officer's own tasks, for a phone that lost what its messages told it.
     *
     * @param state only tasks in this state, or null
     * @return up to {@link #LIST_MAX} of his tasks, newest first
     */
    public List<Task> own(long officerId, String state) {
        checkState(state);
        try (Connection db = dataSource.getConnection()) {
            return state == null
                    ? TaskRows.query(db, TaskRows.SELECT + " WHERE t.officer_id = ? ORDER BY t.id DESC LIMIT " + LIST_MAX, officerId)
                    : TaskRows.query(db, TaskRows.SELECT + " WHERE t.officer_id = ? AND t.state = ? ORDER BY t.id DESC LIMIT "
                    + LIST_MAX, officerId, state);
        } catch (SQLException e) {
            throw new IllegalStateException("listing an officer's tasks failed", e);
        }
    }

    private static void checkState(String state) {
        if (state != null && !STATES.contains(state)) {
            throw ProblemException.badRequest("task.state-unknown", "state is ASSIGNED, ACCEPTED or COMPLETED");
        }
    }

    /**
     * The officer's phone accepts one of his tasks: 409 {@code task.already-accepted} or {@code task.already-completed};
     * the same acceptance sent again (its answer lost) gets the task as it stands.
     */
    public Task accept(long officerId, long id, TaskStep step) {
        TaskChecks.step(step, false);
        return take(officerId, id, step, Task.ACCEPTED);
    }

    /**
     * The officer's phone completes an accepted task: 409 {@code task.not-accepted} or {@code task.already-completed};
     * the same completion sent again (its answer lost) gets the task as it stands.
     */
    public Task complete(long officerId, long id, TaskStep step) {
        TaskChecks.step(step, true);
        return take(officerId, id, step, Task.COMPLETED);
    }

    private Task take(long officerId, long id, TaskStep step, String to) {
        try (Connection db = dataSource.getConnection()) {
            Task task = TaskRows.forUpdate(db, id);
            if (task == null || task.officerId() != officerId) {
                throw TaskProblems.notFound(id);
            }
            if (TaskProblems.repeats(task, to, step)) {
                return task;
            }
            TaskProblems.refuseStep(task, to);
            if (step.photoId() != null && !TaskPlaces.ownPhoto(db, officerId, step.photoId())) {
                throw TaskProblems.refusal("/photoId", "task.photo-unknown", "you have uploaded no photo " + step.photoId());
            }
            TaskRows.step(db, id, to, step);
            Task taken = TaskRows.get(db, id);
            news.afterCommit(taken, officers.squadPath(officers.get(Caller.unrestricted(), officerId)));
            return taken;
        } catch (SQLException e) {
            throw new IllegalStateException("storing a task step failed", e);
        }
    }
}
