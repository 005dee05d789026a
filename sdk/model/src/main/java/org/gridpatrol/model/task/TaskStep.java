package org.gridpatrol.model.task;

/**
 * Body of {@code POST /api/v1/mobile/tasks/{id}/accept} and {@code .../complete}: the officer's
 * phone taking a step of a task, with where it stood.
 *
 * @param lon     where the phone stood, WGS84; required
 * @param lat     where the phone stood, WGS84; required
 * @param photoId on completing: a photo the officer uploaded ({@code POST /mobile/photos}) as proof; may be null
 * @param note    on completing: what he did, at most 500 characters; may be null
 */
public record TaskStep(Double lon, Double lat, Long photoId, String note) {
}
