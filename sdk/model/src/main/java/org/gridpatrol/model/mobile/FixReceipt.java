package org.gridpatrol.model.mobile;

import java.util.List;

/**
 * What the server did with a batch, answered only after the database commit.
 *
 * @param ackedSeq   every fix of this device with seq ≤ ackedSeq is stored (or refused for good):
 *                   the phone may drop its buffer up to there
 * @param stored     fixes of this batch stored now
 * @param duplicates fixes of this batch that were stored before (same seq, same content)
 * @param rejected   fixes refused, each with why; the others were stored all the same
 */
public record FixReceipt(long ackedSeq, int stored, int duplicates, List<Rejection> rejected) {

    /**
     * A fix the server refused.
     *
     * @param index   its position in the batch
     * @param seq     its seq, when it had one
     * @param code    machine-readable reason, e.g. {@code fix.coordinate-out-of-range}
     * @param message the reason for a human
     */
    public record Rejection(int index, Long seq, String code, String message) {
    }
}
