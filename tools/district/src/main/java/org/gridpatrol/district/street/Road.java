package org.gridpatrol.district.street;

import org.locationtech.jts.geom.LineString;

/** A named street: its centre line, in metres of the local frame or in lon/lat (the caller knows). */
public record Road(String name, RoadKind kind, LineString line) {
}
