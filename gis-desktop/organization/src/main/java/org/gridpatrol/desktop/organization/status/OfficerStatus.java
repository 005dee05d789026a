package org.gridpatrol.desktop.organization.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.gridpatrol.desktop.map.api.OfficerPosition;

/** What an officer is doing now, as the explorer's icon shows it. */
public enum OfficerStatus {
    /** no position since the desktop started: not reporting */
    OFF_DUTY,
    /** reporting, not known to be inside one of his grids, no alarm */
    ON_DUTY,
    /** reporting from inside one of his grids */
    IN_GRID,
    /** an off-post or cross-zone alarm is going on */
    OUTSIDE,
    /** a lost-contact alarm is going on, or nothing heard for the lost-contact time */
    LOST_CONTACT;

    /** Silence after which the server raises lost contact (the design's default). */
    public static final Duration SILENCE = Duration.ofMinutes(10);

    /**
     * @param latest      his latest live position, or null
     * @param openAlarms  the types of his alarms going on now
     * @param inOwnGrid   whether the latest position lies in one of his grids
     * @param now         the present
     * @return his status; an alarm going on decides before the position does
     */
    public static OfficerStatus of(OfficerPosition latest, Set<String> openAlarms, boolean inOwnGrid, Instant now) {
        if (openAlarms.contains("LOST_CONTACT")) {
            return LOST_CONTACT;
        }
        if (openAlarms.contains("OFF_POST") || openAlarms.contains("CROSS_ZONE")) {
            return OUTSIDE;
        }
        if (latest == null) {
            return OFF_DUTY;
        }
        if (latest.time() != null && Duration.between(latest.time(), now).compareTo(SILENCE) >= 0) {
            return LOST_CONTACT;
        }
        return inOwnGrid ? IN_GRID : ON_DUTY;
    }
}
