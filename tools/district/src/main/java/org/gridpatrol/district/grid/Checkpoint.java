package org.gridpatrol.district.grid;

import org.locationtech.jts.geom.Point;

/** A checkpoint as stored in {@code checkpoint}: a lon/lat point inside its grid, with its tag. */
public record Checkpoint(long id, long gridId, String name, Point geom, double radiusM, String tagCode) {
}
