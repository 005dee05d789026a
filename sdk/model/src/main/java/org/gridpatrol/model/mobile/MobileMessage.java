package org.gridpatrol.model.mobile;

import java.time.Instant;
import java.util.Map;

/**
 * One message to an officer's phone.
 *
 * @param id        its place in the officer's stream; pass the last one seen as {@code after}
 * @param kind      {@code ALARM_OPENED}, {@code ALARM_CLOSED}, {@code STRATEGY}, {@code NOTICE} or {@code TASK}
 * @param createdAt when the server wrote it
 * @param body      by kind: an alarm's {@code alarmId}, {@code type}, {@code textZh}, {@code textEn};
 *                  a strategy's {@code strategy} and {@code source}; a notice's {@code text}
 */
public record MobileMessage(long id, String kind, Instant createdAt, Map<String, Object> body) {
}
