package org.gridpatrol.model.mobile;

/**
 * What a check-in counted for.
 *
 * @param checkpointId   the checkpoint whose tag was scanned
 * @param checkpointName its name
 * @param counted        whether the visit counts
 * @param distanceM      how far the phone stood from the checkpoint, in metres
 * @param reason         why it does not count, null when it does
 */
public record CheckInReceipt(long checkpointId, String checkpointName, boolean counted, double distanceM, String reason) {
}
