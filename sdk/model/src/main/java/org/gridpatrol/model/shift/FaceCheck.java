package org.gridpatrol.model.shift;

/**
 * Body and answer of {@code /api/v1/shifts/{id}/face-check}.
 *
 * @param required whether clocking in on the shift needs a selfie with a face check
 */
public record FaceCheck(Boolean required) {
}
