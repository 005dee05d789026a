package org.gridpatrol.engine.alarm;

/** The persisted still circle: centre and how many fixes it averages (0 = none yet). */
public record StillCircleState(double lon, double lat, int fixes) {
}
