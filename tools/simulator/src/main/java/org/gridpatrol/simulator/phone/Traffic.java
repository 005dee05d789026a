package org.gridpatrol.simulator.phone;

import java.util.concurrent.atomic.AtomicLong;

/** Counters of all phones together, read by the progress line. */
public final class Traffic {
    /** Fixes the phones took. */
    public final AtomicLong made = new AtomicLong();
    /** Fixes sent in uploads that got a receipt (a fix sent twice counts twice). */
    public final AtomicLong sent = new AtomicLong();
    /** Fixes the server acknowledged (dropped from the buffers). */
    public final AtomicLong acked = new AtomicLong();
    /** Fixes the server stored, as the receipts say. */
    public final AtomicLong stored = new AtomicLong();
    /** Fixes the server had already. */
    public final AtomicLong duplicates = new AtomicLong();
    /** Fixes the server refused (seq conflicts included). */
    public final AtomicLong rejected = new AtomicLong();
    /** Uploads answered with a receipt. */
    public final AtomicLong uploads = new AtomicLong();
    /** No answer (connection refused, timeout). */
    public final AtomicLong unreachable = new AtomicLong();
    /** 503: the server is up but its database is away. */
    public final AtomicLong unavailable = new AtomicLong();
    /** Other refusals (401 included: the phone signs in again). */
    public final AtomicLong refused = new AtomicLong();
    /** Sign-ins and refreshes done. */
    public final AtomicLong signIns = new AtomicLong();
    /** Fixes dropped because the server holds other fixes under their seq (a previous run), or the buffer overflowed. */
    public final AtomicLong lost = new AtomicLong();

    /** @return all failed upload attempts */
    public long errors() {
        return unreachable.get() + unavailable.get() + refused.get();
    }
}
