package org.gridpatrol.model.mobile;

import java.time.Instant;
import java.util.List;

/**
 * What the server made of a clock-in or clock-out.
 *
 * @param kind          {@code IN} or {@code OUT}
 * @param at            the time recorded
 * @param insideOwnGrid whether the officer stood in one of the grids he is responsible for now
 * @param flags         what the squad leader will see about it, e.g. {@code CLOCK_IN_OUTSIDE},
 *                      {@code FACE_CHECK_MISSING} (the shift requires a face check and none came),
 *                      {@code FACE_CHECK_MISMATCH}
 */
public record ClockReceipt(String kind, Instant at, boolean insideOwnGrid, List<String> flags) {
}
