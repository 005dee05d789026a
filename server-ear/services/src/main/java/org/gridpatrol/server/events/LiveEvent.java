package org.gridpatrol.server.events;

/**
 * One event for the desktops' live view.
 *
 * @param id      position in the stream, for {@code Last-Event-ID}
 * @param name    {@code alarm.opened}, {@code alarm.closed}, {@code alarm.changed}, {@code alarm.escalated}
 *                or {@code officer.position}
 * @param orgPath path of the officer's squad: who may see it
 * @param data    the payload, written as JSON
 */
public record LiveEvent(long id, String name, String orgPath, Object data) {
}
