package org.gridpatrol.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.gridpatrol.client.FakeServer.Answer;
import org.gridpatrol.model.task.Task;
import org.gridpatrol.model.task.TaskDraft;
import org.gridpatrol.model.task.TaskStep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskClientTest {
    private static final String TASK = """
            {"id":7,"officerId":3,"title":"核查","text":"","lon":117.3,"lat":32.9,"gridId":null,"checkpointId":null,
             "dueAt":"2026-11-27T10:00:00Z","state":"%s","overdue":false,"assignedBy":2,"createdAt":"2026-11-27T08:00:00Z",
             "acceptedAt":null,"acceptedLon":null,"acceptedLat":null,"completedAt":null,"completedLon":null,
             "completedLat":null,"photoId":null,"note":null}""";
    private FakeServer server;
    private ApiTransport api;

    @BeforeEach
    void start() throws IOException {
        server = new FakeServer();
        api = ApiTransport.builder(URI.create(server.api() + "/")).retryUnavailable(0, Duration.ZERO).build();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aSupervisorGivesAndListsTasksOnTheRightPaths() {
        server.then(Answer.json(201, TASK.formatted("ASSIGNED"))).then(Answer.json(200, "[" + TASK.formatted("ACCEPTED") + "]"));
        TaskClient client = new TaskClient(api, "tok");
        Task task = client.assign(new TaskDraft(3L, "核查", null, 117.3, 32.9, null, null, Instant.parse("2026-11-27T10:00:00Z")));
        assertEquals(Task.ASSIGNED, task.state());
        assertEquals(Task.ACCEPTED, client.list(3L, Task.ACCEPTED).get(0).state());
        assertEquals("/api/v1/tasks", server.received().get(0).path());
        assertTrue(server.received().get(0).body().contains("\"officerId\":3"), server.received().get(0).body());
        assertEquals("officer=3&state=ACCEPTED", server.received().get(1).query());
    }

    @Test
    void thePhoneAcceptsAndAWrongStepIsAProblemWithItsCode() {
        server.then(Answer.json(200, TASK.formatted("ACCEPTED"))).then(Answer.problem(409,
                "{\"status\":409,\"code\":\"task.not-accepted\",\"title\":\"Conflict\",\"detail\":\"accept it first\"}", Map.of()));
        GridPatrolClient phone = new GridPatrolClient(api);
        assertEquals(Task.ACCEPTED, phone.acceptTask("acc", 7, new TaskStep(117.3, 32.9, null, null)).state());
        ProblemAnswer refusal = assertThrows(ProblemAnswer.class,
                () -> phone.completeTask("acc", 8, new TaskStep(117.3, 32.9, 5L, "done")));
        assertEquals("task.not-accepted", refusal.problem().code());
        assertEquals("/api/v1/mobile/tasks/7/accept", server.received().get(0).path());
        assertEquals("Bearer acc", server.received().get(0).header("Authorization"));
        assertEquals("/api/v1/mobile/tasks/8/complete", server.received().get(1).path());
    }

    @Test
    void thePhoneListsItsOwnTasks() {
        server.then(Answer.json(200, "[" + TASK.formatted("ASSIGNED") + "]"));
        assertEquals(7, new GridPatrolClient(api).tasks("acc", Task.ASSIGNED).get(0).id());
        assertEquals("/api/v1/mobile/tasks", server.received().get(0).path());
        assertEquals("state=ASSIGNED", server.received().get(0).query());
    }
}
