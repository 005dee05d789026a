package org.gridpatrol.server.shift;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The time zone shift windows and calendar days are written in: {@code Asia/Shanghai}, unless
 * the system property {@code gridpatrol.timezone} names another.
 */
public final class BureauZone {
    /** The system property that overrides the zone. */
    public static final String PROPERTY = "gridpatrol.timezone";
    /** The zone when the property is not set. */
    public static final String DEFAULT = "Asia/Shanghai";

    private BureauZone() {
    }

    /** @return the bureau's zone, read from the system property each time so an operator's change applies */
    public static ZoneId get() {
        String id = System.getProperty(PROPERTY, DEFAULT);
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalStateException("the system property " + PROPERTY + "=" + id + " is not a time zone", e);
        }
    }
}
