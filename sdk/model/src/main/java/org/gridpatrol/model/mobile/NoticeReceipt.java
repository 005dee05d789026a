package org.gridpatrol.model.mobile;

/**
 * What sending a notice did.
 *
 * @param officers how many officers' phones it was queued for
 */
public record NoticeReceipt(int officers) {
}
