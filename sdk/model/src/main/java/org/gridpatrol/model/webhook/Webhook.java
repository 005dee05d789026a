package org.gridpatrol.model.webhook;

import java.time.Instant;
import java.util.List;

/**
 * A receiver of events. The secret that signs its deliveries is only in the answer that created it.
 *
 * @param id        row id
 * @param name      what the receiver is
 * @param url       where deliveries are posted
 * @param events    event types it gets: {@code alarm.opened}, {@code alarm.closed}, {@code alarm.handled},
 *                  {@code incident.reported}, {@code officer.lost-contact}
 * @param orgUnitId root of the subtree whose events it gets
 * @param active    false once deactivated
 * @param createdAt when it was registered
 * @param secret    the signing secret, only when just created
 */
public record Webhook(long id, String name, String url, List<String> events, long orgUnitId, boolean active,
                      Instant createdAt, String secret) {

    /** Never print the secret. */
    @Override
    public String toString() {
        return "Webhook[id=" + id + ", url=" + url + ", events=" + events + "]";
    }
}
