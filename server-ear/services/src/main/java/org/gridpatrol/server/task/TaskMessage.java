package org.gridpatrol.server.task;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gridpatrol.model.task.Task;

/** The body of the {@code TASK} message the phone gets, with the sentence it shows in Chinese and English. */
final class TaskMessage {
    private TaskMessage() {
    }

    static Map<String, Object> body(Task task) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("taskId", task.id());
        body.put("title", task.title());
        body.put("text", task.text());
        put(body, "lon", task.lon());
        put(body, "lat", task.lat());
        put(body, "gridId", task.gridId());
        put(body, "checkpointId", task.checkpointId());
        put(body, "dueAt", task.dueAt() == null ? null : task.dueAt().toString());
        body.put("textZh", "新任务：" + task.title());
        body.put("textEn", "New task: " + task.title());
        return body;
    }

    private static void put(Map<String, Object> body, String name, Object value) {
        if (value != null) {
            body.put(name, value);
        }
    }
}
