package org.gridpatrol.desktop.connection.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventStreamParserTest {
    private final List<EventStreamParser.Event> events = new ArrayList<>();
    private final EventStreamParser parser = new EventStreamParser(events::add);

    private void feed(String... lines) {
        for (String line : lines) {
            parser.line(line);
        }
    }

    @Test
    void aBlankLineDispatchesTheNamedEventWithItsData() {
        feed("event: officer.position", "id: 41", "data: {\"officerId\":7,\"lon\":117.3,\"lat\":32.9}", "");
        assertEquals(List.of(new EventStreamParser.Event("officer.position",
                "{\"officerId\":7,\"lon\":117.3,\"lat\":32.9}", "41")), events);
        assertEquals("41", parser.lastId());
    }

    @Test
    void dataLinesAreJoinedAndCommentsAndRetryIgnored() {
        feed(": keep-alive", "retry: 5000", "event: alarm.opened", "data: {\"id\":1,", "data:\"type\":\"STILL\"}", "");
        assertEquals(1, events.size());
        assertEquals("alarm.opened", events.get(0).name());
        assertEquals("{\"id\":1,\n\"type\":\"STILL\"}", events.get(0).data());
    }

    @Test
    void anEventWithoutANameIsAMessageAndOneWithoutDataIsNotDispatched() {
        feed("event: alarm.closed", "", "data: hello", "");
        assertEquals(List.of(new EventStreamParser.Event("message", "hello", null)), events);
    }
}
