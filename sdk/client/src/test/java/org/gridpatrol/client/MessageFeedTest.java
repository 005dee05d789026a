package org.gridpatrol.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.gridpatrol.client.FakeServer.Answer;
import org.gridpatrol.model.mobile.MobileMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MessageFeedTest {
    private FakeServer server;
    private GridPatrolClient client;

    @BeforeEach
    void start() throws IOException {
        server = new FakeServer();
        client = new GridPatrolClient(ApiTransport.to(server.api()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void eachPollStartsFromTheLastMessageReturnedAndAFailureKeepsTheCursor() {
        server.then(Answer.json(200, """
                {"messages":[{"id":41,"kind":"NOTICE","createdAt":"2026-11-27T03:00:00Z","body":{"text":"集合"}},
                 {"id":44,"kind":"STRATEGY","createdAt":"2026-11-27T03:00:01Z",
                  "body":{"strategy":{"profile":"POWER_SAVING","fixIntervalS":30},"source":"ORG_UNIT"}}],"cursor":44}"""))
                .then(Answer.problem(401, "{\"status\":401,\"code\":\"token.invalid\",\"detail\":\"sign in again\"}", Map.of()))
                .then(Answer.json(200, "{\"messages\":[],\"cursor\":44}"));
        MessageFeed feed = new MessageFeed(client, () -> "acc", 40, 25);

        List<MobileMessage> first = feed.next();
        assertEquals(List.of("NOTICE", "STRATEGY"), first.stream().map(MobileMessage::kind).toList());
        assertEquals("集合", first.get(0).body().get("text"));
        assertEquals(44, feed.cursor());
        assertThrows(ProblemAnswer.class, feed::next);
        assertEquals(44, feed.cursor(), "a refused poll moves nothing");
        assertEquals(List.of(), feed.next());

        List<FakeServer.Received> sent = server.received();
        assertEquals("/api/v1/mobile/messages", sent.get(0).path());
        assertEquals("after=40&wait=25", sent.get(0).query());
        assertEquals("after=44&wait=25", sent.get(2).query());
        assertEquals("Bearer acc", sent.get(0).header("Authorization"));
    }
}
