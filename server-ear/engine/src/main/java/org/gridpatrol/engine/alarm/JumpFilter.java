package org.gridpatrol.engine.alarm;

import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.zone.LocalPlane;

/**
 * Keeps one outlier fix from opening or closing anything.
 *
 * <p>A fix that lands farther from the last trusted fix (the anchor) than a brisk ride could take
 * it is held back as a suspect. The next fix decides: if it is plausible from the anchor, the
 * suspect was a lone outlier and is dropped; otherwise the suspect was real movement and is
 * accepted before the next fix. An accepted jump at an impossible speed is evidence of a fake
 * location (a teleport when it is long), unless the anchor itself was never corroborated.
 */
final class JumpFilter {

    /** Receives accepted fixes in time order; jump is null for an ordinary step. */
    interface Accepted {
        void accept(Fix fix, FakeSign jump, Fix from);
    }

    private final AlarmThresholds thresholds;
    private Fix anchor;
    /** Whether the anchor was reached by a plausible step (so it is not itself an outlier). */
    private boolean anchorConfirmed;
    private Fix suspect;

    JumpFilter(AlarmThresholds thresholds) {
        this.thresholds = thresholds;
    }

    void observe(Fix f, Accepted out) {
        if (anchor == null) {
            anchor = f;
            anchorConfirmed = false;
            out.accept(f, null, null);
            return;
        }
        if (suspect == null) {
            if (plausible(anchor, f)) {
                moveTo(f, out);
            } else {
                suspect = f;
            }
            return;
        }
        if (plausible(anchor, f)) {
            suspect = null;
            moveTo(f, out);
            return;
        }
        // Two fixes in a row disagree with the anchor: the suspect was real movement.
        Fix from = anchor;
        Fix landed = suspect;
        suspect = null;
        out.accept(landed, anchorConfirmed ? jumpSign(from, landed) : null, from);
        anchor = landed;
        anchorConfirmed = true;
        if (plausible(landed, f)) {
            moveTo(f, out);
        } else {
            suspect = f;
        }
    }

    private void moveTo(Fix f, Accepted out) {
        anchor = f;
        anchorConfirmed = true;
        out.accept(f, null, null);
    }

    private boolean plausible(Fix from, Fix to) {
        double seconds = Math.max(0, to.millis() - from.millis()) / 1000.0;
        return metres(from, to) <= thresholds.jumpMetres() + thresholds.jumpSpeedMps() * seconds;
    }

    private FakeSign jumpSign(Fix from, Fix to) {
        double metres = metres(from, to);
        // Give the devices the benefit of their accuracy radii before calling anything fake.
        double certain = metres - from.accuracy() - to.accuracy();
        double seconds = (to.millis() - from.millis()) / 1000.0;
        boolean impossible = certain > 0 && (seconds <= 0 || certain / seconds > thresholds.maxSpeedMps());
        if (!impossible) {
            return null;
        }
        return metres >= thresholds.teleportMetres() ? FakeSign.TELEPORT : FakeSign.IMPOSSIBLE_SPEED;
    }

    private static double metres(Fix a, Fix b) {
        return LocalPlane.metresBetween(a.lon(), a.lat(), b.lon(), b.lat());
    }

    Fix anchor() {
        return anchor;
    }

    boolean anchorConfirmed() {
        return anchorConfirmed;
    }

    Fix suspect() {
        return suspect;
    }

    void restore(Fix anchor, boolean anchorConfirmed, Fix suspect) {
        this.anchor = anchor;
        this.anchorConfirmed = anchorConfirmed;
        this.suspect = suspect;
    }

    void reset() {
        restore(null, false, null);
    }
}
