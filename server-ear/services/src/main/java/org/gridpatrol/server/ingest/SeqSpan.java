package org.gridpatrol.server.ingest;

/**
 * The seqs one batch leaves in {@code fix_seq} (claimed now or stored before), as far as the
 * acknowledgement needs them: when they run without a gap from just above the watermark, the
 * watermark moves past the whole batch at once and the walk over {@code fix_seq} only looks
 * above it, instead of probing every seq of the batch one by one.
 *
 * @param lowest  the lowest seq
 * @param highest the highest seq
 * @param gapless whether every seq from lowest to highest is among them
 */
record SeqSpan(long lowest, long highest, boolean gapless) {

    /** @param seqs the batch's seqs, in any order, repeats allowed; null when there are none */
    static SeqSpan of(long[] seqs) {
        if (seqs.length == 0) {
            return null;
        }
        long[] sorted = seqs.clone();
        java.util.Arrays.sort(sorted);
        boolean gapless = true;
        for (int i = 1; i < sorted.length && gapless; i++) {
            gapless = sorted[i] - sorted[i - 1] <= 1;
        }
        return new SeqSpan(sorted[0], sorted[sorted.length - 1], gapless);
    }

    /**
     * @param acked the device's watermark before this batch: every seq up to it is in {@code fix_seq}
     * @return a seq up to which everything is in {@code fix_seq} too, at least {@code acked}
     */
    long walkFrom(long acked) {
        return gapless && acked >= lowest - 1 ? Math.max(acked, highest) : acked;
    }
}
