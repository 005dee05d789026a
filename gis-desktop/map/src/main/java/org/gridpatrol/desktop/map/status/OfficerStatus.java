package org.gridpatrol.desktop.map.status;

import java.awt.Color;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.gridpatrol.desktop.options.api.DesktopOptions;

/** What an officer is doing now, as the map's dot and the explorer's icon show it. */
public enum OfficerStatus {
    /** no position since the desktop started: not reporting */
    OFF_DUTY(new Color(158, 158, 158)),
    /** reporting, not known to be inside one of his grids, no alarm */
    ON_DUTY(new Color(30, 136, 229)),
    /** reporting from inside one of his grids */
    IN_GRID(new Color(67, 160, 71)),
    /** an off-post or cross-zone alarm is going on */
    OUTSIDE(new Color(251, 140, 0)),
    /** a still (not moving) alarm is going on */
    STILL(new Color(142, 36, 170)),
    /** a lost-contact alarm is going on, or nothing heard for the lost-contact time */
    LOST_CONTACT(new Color(211, 47, 47));

    /** Silence after which the server raises lost contact (the design's default). */
    public static final Duration SILENCE = Duration.ofMinutes(10);

    private final Color colour;

    OfficerStatus(Color colour) {
        this.colour = colour;
    }

    /** @return the built-in colour of this status (Tools ▸ Options may choose another) */
    public Color colour() {
        return colour;
    }

    /** @return the colour chosen for this status in Tools ▸ Options, else the built-in one */
    public Color shownColour() {
        Color chosen = DesktopOptions.get().officerColour(name());
        return chosen != null ? chosen : colour;
    }

    /**
     * @param latest      his latest live position, or null
     * @param openAlarms  the types of his alarms going on now
     * @param inOwnGrid   whether the latest position lies in one of his grids
     * @param now         the present
     * @return his status; an alarm going on decides before the position does, lost contact
     *         before outside before still
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
        if (openAlarms.contains("STILL")) {
            return STILL;
        }
        return inOwnGrid ? IN_GRID : ON_DUTY;
    }
}
