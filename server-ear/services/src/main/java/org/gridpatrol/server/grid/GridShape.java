package org.gridpatrol.server.grid;

import org.locationtech.jts.geom.MultiPolygon;

/** A grid's attributes and geometry once read from a request, before checks. */
record GridShape(String kind, String name, String code, Long orgUnitId, MultiPolygon geometry) {

    /** Codes are compared without the padding {@code char(15)} may add. */
    GridShape {
        code = code == null || code.isBlank() ? null : code.strip();
        name = name == null ? null : name.strip();
    }
}
