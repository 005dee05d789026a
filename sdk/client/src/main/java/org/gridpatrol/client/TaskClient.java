package org.gridpatrol.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gridpatrol.model.task.Task;
import org.gridpatrol.model.task.TaskDraft;

/**
 * Tasks a supervisor gives officers' phones (派发任务) and follows: give one, list them with their
 * state, read one. The phone's side (accept, complete) is on {@link GridPatrolClient}. Every call
 * carries the session token given (from {@link SupervisorClient#signIn}); refusals are
 * {@link ProblemAnswer}s with the server's code. Thread-safe.
 */
public final class TaskClient {
    private final ApiTransport api;
    private final String token;

    /**
     * @param api   the transport to the server
     * @param token a supervisor's session token
     */
    public TaskClient(ApiTransport api, String token) {
        this.api = Objects.requireNonNull(api, "api");
        this.token = Objects.requireNonNull(token, "token");
    }

    /**
     * {@code POST tasks}: gives the task; the officer's phone gets a {@code TASK} message at once.
     *
     * @param draft the officer, title, text and optionally where and by when
     * @return the task as stored, {@code ASSIGNED}
     * @throws ProblemAnswer 404 {@code officer.not-found} outside the caller's subtree; 422
     *                       {@code task.title-missing}, {@code task.due-in-past}, {@code task.grid-unknown},
     *                       {@code task.checkpoint-unknown}, {@code task.position-incomplete} and the like
     */
    public Task assign(TaskDraft draft) {
        return api.post("tasks", token, draft, Task.class);
    }

    /**
     * {@code GET tasks?officer=&state=}.
     *
     * @param officerId only this officer's, or null for every task of the caller's subtree
     * @param state     {@code ASSIGNED}, {@code ACCEPTED}, {@code COMPLETED}, or null for all
     * @return up to 500 tasks, newest first
     */
    public List<Task> list(Long officerId, String state) {
        List<String> query = new ArrayList<>();
        if (officerId != null) {
            query.add("officer=" + officerId);
        }
        if (state != null) {
            query.add("state=" + state);
        }
        return api.get(query.isEmpty() ? "tasks" : "tasks?" + String.join("&", query), token,
                new TypeReference<List<Task>>() { });
    }

    /**
     * {@code GET tasks/{id}}.
     *
     * @param id the task
     * @return it with its state, where and when each step was taken, and the proof photo
     * @throws ProblemAnswer 404 {@code task.not-found} when absent or outside the caller's subtree
     */
    public Task get(long id) {
        return api.get("tasks/" + id, token, Task.class);
    }
}
