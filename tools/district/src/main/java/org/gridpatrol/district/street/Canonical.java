package org.gridpatrol.district.street;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Polygon;

/**
 * Polygonizer output in a canonical form: each polygon normalized (rings start at their smallest
 * vertex, fixed orientation) and the list sorted by centroid. The Polygonizer's own order and ring
 * starts vary from run to run; without this the same seed would not give the same bytes, and since
 * the cutter draws random numbers piece by piece, not even the same town.
 */
final class Canonical {

    private Canonical() {
    }

    static List<Polygon> order(Collection<Polygon> polygons) {
        List<Polygon> out = new ArrayList<>();
        for (Polygon p : polygons) {
            out.add((Polygon) p.norm());
        }
        out.sort(Comparator.comparingDouble((Polygon p) -> p.getCentroid().getX()).thenComparingDouble(p -> p.getCentroid().getY()));
        return out;
    }
}
