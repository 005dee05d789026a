package org.gridpatrol.model.plan;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Body of {@code POST /api/v1/checkpoints} and {@code PUT /api/v1/checkpoints/{id}}.
 *
 * @param gridId   the grid it belongs to (in the caller's scope); the point must lie in it
 * @param name     its name, up to 100 characters
 * @param geometry GeoJSON Point (WGS84)
 * @param radiusM  1 to 500 m; 30 when null
 * @param tagCode  the NFC/QR tag's code, unique; null for none
 */
public record CheckpointDraft(Long gridId, String name, JsonNode geometry, Double radiusM, String tagCode) {
}
