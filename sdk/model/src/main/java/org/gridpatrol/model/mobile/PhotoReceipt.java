package org.gridpatrol.model.mobile;

import java.time.Instant;

/**
 * A stored photo.
 *
 * @param id             the photo's id
 * @param sha256Original SHA-256 of the bytes uploaded, kept untouched
 * @param sha256Derived  SHA-256 of the watermarked copy
 * @param exifTime       when the camera says it was taken, or null when it did not say
 * @param duplicate      true when the same photo had been uploaded before (nothing stored again)
 */
public record PhotoReceipt(long id, String sha256Original, String sha256Derived, Instant exifTime, boolean duplicate) {
}
