package org.gridpatrol.model.mobile;

import java.time.Instant;

/**
 * A phone's status report. Announcements say why the phone may fall silent, so a
 * later lost-contact alarm can give the reason.
 *
 * @param sentAt       when the phone sent it, by its clock
 * @param batteryPct   battery level, 0–100
 * @param charging     whether it is charging
 * @param gpsEnabled   whether location is switched on
 * @param network      {@code NONE}, {@code WIFI}, {@code CELLULAR} or {@code UNKNOWN}
 * @param appState     {@code FOREGROUND} or {@code BACKGROUND}
 * @param announcement {@code SHUTDOWN}, {@code APP_EXIT}, {@code LOCATION_OFF}, or null
 */
public record Heartbeat(Instant sentAt, Integer batteryPct, Boolean charging, Boolean gpsEnabled, String network,
                        String appState, String announcement) {
}
