package org.gridpatrol.engine.alarm;

import java.time.Instant;
import org.gridpatrol.engine.fix.Fix;

/**
 * The persisted state of an officer's track: ordering, the jump filter and the noise watch.
 *
 * @param lastTime        time of the newest fix evaluated; null before the first
 * @param lastSeq         its seq
 * @param ignoreBefore    fixes before this time are ignored (a tick closed their duty); may be null
 * @param anchor          the last trusted fix of the jump filter; may be null
 * @param anchorConfirmed whether the anchor was reached by a plausible step
 * @param suspect         a fix held back by the jump filter; may be null
 * @param sameLon         longitude of the current run of identical fixes
 * @param sameLat         latitude of that run
 * @param sameCount       length of that run
 * @param sameFirstSeq    seq of the run's first fix
 */
public record TrackState(Instant lastTime, long lastSeq, Instant ignoreBefore,
                         Fix anchor, boolean anchorConfirmed, Fix suspect,
                         double sameLon, double sameLat, int sameCount, long sameFirstSeq) {
}
