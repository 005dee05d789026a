package org.gridpatrol.desktop.connection.events;

import java.util.function.Consumer;

/**
 * Reads the text/event-stream format line by line (WHATWG server-sent events):
 * {@code event:}, {@code data:} (joined with newlines), {@code id:}; a blank line
 * dispatches; lines starting with a colon are comments.
 */
final class EventStreamParser {

    /**
     * One dispatched event.
     *
     * @param name its name, {@code message} when none was given
     * @param data its data lines joined with newlines
     * @param id   the last event id seen, or null
     */
    record Event(String name, String data, String id) {
    }

    private final Consumer<Event> sink;
    private String name;
    private StringBuilder data;
    private String lastId;

    EventStreamParser(Consumer<Event> sink) {
        this.sink = sink;
    }

    /** @param line one line of the stream, without its line end */
    void line(String line) {
        if (line.isEmpty()) {
            dispatch();
            return;
        }
        if (line.startsWith(":")) {
            return;
        }
        int colon = line.indexOf(':');
        String field = colon < 0 ? line : line.substring(0, colon);
        String value = colon < 0 ? "" : line.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        switch (field) {
            case "event" -> name = value;
            case "data" -> {
                if (data == null) {
                    data = new StringBuilder(value);
                } else {
                    data.append('\n').append(value);
                }
            }
            case "id" -> lastId = value;
            default -> {
                // "retry" and unknown fields are ignored
            }
        }
    }

    /** @return the id of the last event, to send as Last-Event-ID when reconnecting */
    String lastId() {
        return lastId;
    }

    private void dispatch() {
        if (data != null) {
            sink.accept(new Event(name == null || name.isEmpty() ? "message" : name, data.toString(), lastId));
        }
        name = null;
        data = null;
    }
}
