package org.gridpatrol.engine.alarm;

import org.gridpatrol.engine.fix.Fix;

/**
 * 静止: every fix within the still radius of the circle's centre for the dwell.
 *
 * <p>While no alarm is open, a fix outside the circle starts a new circle around itself. Once
 * open, the circle stays put: fixes outside it are the condition clearing, and the alarm closes
 * when they have continued for the clear dwell; a new circle then starts where the officer is.
 * The clear dwell is short (minutes, not the half hour that opens it): with the open dwell, a
 * patrol that came back past the old spot now and then reset the clearing, so the alarm stayed
 * open for hours and the next real still period raised nothing.
 */
final class StillRule {

    final Dwell dwell;
    final StillCircle circle = new StillCircle();
    private final double radius;

    StillRule(AlarmThresholds t) {
        this.dwell = new Dwell(AlarmType.STILL, t.stillDwell(), t.stillClearDwell());
        this.radius = t.stillRadiusMetres();
    }

    void observe(Fix f, EventSink out) {
        boolean inside = circle.covers(f, radius);
        if (inside) {
            circle.add(f);
        } else if (!dwell.isOpen()) {
            dwell.observe(false, f.millis(), f.seq(), f.seq(), null, out);
            circle.restartAt(f);
            inside = true;
        }
        boolean wasOpen = dwell.isOpen();
        dwell.observe(inside, f.millis(), f.seq(), f.seq(), null, out);
        if (wasOpen && !dwell.isOpen()) {
            circle.restartAt(f);
            dwell.observe(true, f.millis(), f.seq(), f.seq(), null, out);
        }
    }

    void reset() {
        dwell.reset();
        circle.reset();
    }
}
