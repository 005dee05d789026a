package org.gridpatrol.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.client.FakeServer.Answer;
import org.junit.jupiter.api.Test;

class IntegrationFeedReaderTest {
    @Test
    void readsPagesUntilNoMoreSendingTheKeyAndEachCursorBack() throws Exception {
        try (FakeServer server = new FakeServer()) {
            server.then(Answer.json(200, "{\"items\":[{\"id\":1},{\"id\":2}],\"next\":\"c-2\",\"more\":true}"))
                    .then(Answer.json(200, "{\"items\":[{\"id\":3}],\"next\":\"c-3\",\"more\":false}"));
            List<String> seen = new ArrayList<>();
            String last = new IntegrationFeedReader(server.api(), "gpk_key").pageSize(2).readAll("alarms", "c-0",
                    (items, next) -> items.forEach(item -> seen.add(item.path("id").asText() + "@" + next)));

            assertEquals("c-3", last);
            assertEquals(List.of("1@c-2", "2@c-2", "3@c-3"), seen);
            assertEquals("limit=2&cursor=c-0", server.received().get(0).query());
            assertEquals("limit=2&cursor=c-2", server.received().get(1).query());
            assertEquals("gpk_key", server.received().get(1).header("X-Api-Key"));
        }
    }

    @Test
    void aRefusalArrivesAsTheServersProblem() throws Exception {
        try (FakeServer server = new FakeServer()) {
            server.then(new Answer(403, "application/problem+json",
                    "{\"status\":403,\"code\":\"auth.forbidden\",\"title\":\"Forbidden\",\"detail\":\"no scope\"}", java.util.Map.of()));
            ProblemAnswer refused = assertThrows(ProblemAnswer.class,
                    () -> new IntegrationFeedReader(server.api(), "gpk_key").readAll("alarms", null, (items, next) -> { }));
            assertEquals("auth.forbidden", refused.problem().code());
        }
    }
}
