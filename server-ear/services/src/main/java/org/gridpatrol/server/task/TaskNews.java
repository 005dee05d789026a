package org.gridpatrol.server.task;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridpatrol.model.task.Task;
import org.gridpatrol.server.events.LiveEvents;

/**
 * {@code task.changed} on the desktops' live stream when a task is given, accepted or completed,
 * for the desktops whose scope holds the officer's squad; sent once the step is committed.
 */
@ApplicationScoped
public class TaskNews {
    /** A task was given or took a step. */
    public static final String CHANGED = "task.changed";

    @Resource
    private TransactionSynchronizationRegistry transactions;
    @Inject
    private LiveEvents live;

    void afterCommit(Task task, String squadPath) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", task.id());
        data.put("officerId", task.officerId());
        data.put("title", task.title());
        data.put("state", task.state());
        data.put("overdue", task.overdue());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    live.publish(CHANGED, squadPath, data);
                }
            }
        });
    }
}
