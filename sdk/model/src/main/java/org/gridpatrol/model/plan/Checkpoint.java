package org.gridpatrol.model.plan;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * A checkpoint (巡检点) as the API returns it.
 *
 * @param id        its id
 * @param gridId    the grid it belongs to
 * @param name      e.g. 淮河路口
 * @param geometry  GeoJSON Point (WGS84)
 * @param radiusM   a visit counts within this many metres
 * @param tagCode   the code of its NFC/QR tag, or null
 * @param active    false once deleted while plans or visits still name it
 * @param updatedAt last change
 */
public record Checkpoint(long id, long gridId, String name, JsonNode geometry, double radiusM, String tagCode,
                         boolean active, Instant updatedAt) {
}
