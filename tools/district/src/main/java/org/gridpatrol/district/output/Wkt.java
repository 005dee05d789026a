package org.gridpatrol.district.output;

import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * WKT with exactly 7 decimals. The coordinates are already on the 7-decimal grid, so the text is
 * that value and a vertex two grids share is written identically in both.
 */
final class Wkt {

    private Wkt() {
    }

    static String multiPolygon(Polygon p) {
        StringBuilder sb = new StringBuilder("MULTIPOLYGON((");
        ring(sb, p.getExteriorRing());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            sb.append(',');
            ring(sb, p.getInteriorRingN(i));
        }
        return sb.append("))").toString();
    }

    static String point(Point p) {
        return "POINT(" + xy(p.getCoordinate()) + ")";
    }

    static String number(double v) {
        return String.format(Locale.ROOT, "%.7f", v);
    }

    private static void ring(StringBuilder sb, LineString ring) {
        sb.append('(');
        Coordinate[] cs = ring.getCoordinates();
        for (int i = 0; i < cs.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(xy(cs[i]));
        }
        sb.append(')');
    }

    private static String xy(Coordinate c) {
        return number(c.x) + " " + number(c.y);
    }
}
