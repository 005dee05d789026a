package org.gridpatrol.district.output;

import java.util.List;
import org.gridpatrol.district.street.Road;
import org.locationtech.jts.geom.Coordinate;

/**
 * The streets as an RFC 7946 FeatureCollection of LineStrings (lon/lat, 7 decimals), one feature
 * per street piece with {@code id}, {@code name} and {@code kind} (ARTERIAL, SECONDARY, BRANCH), the
 * columns a future {@code road} table will have. One feature per line, so diffs stay readable.
 */
public final class RoadsGeoJson {

    private RoadsGeoJson() {
    }

    /** Features get ids firstId, firstId + 1, … in list order. */
    public static String featureCollection(List<Road> roads, long firstId) {
        StringBuilder sb = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [\n");
        for (int i = 0; i < roads.size(); i++) {
            Road r = roads.get(i);
            long id = firstId + i;
            sb.append("{\"type\": \"Feature\", \"id\": ").append(id)
                    .append(", \"properties\": {\"id\": ").append(id)
                    .append(", \"name\": ").append(string(r.name()))
                    .append(", \"kind\": ").append(string(r.kind().name()))
                    .append("}, \"geometry\": {\"type\": \"LineString\", \"coordinates\": [");
            Coordinate[] cs = r.line().getCoordinates();
            for (int k = 0; k < cs.length; k++) {
                sb.append(k > 0 ? "," : "").append('[').append(Wkt.number(cs[k].x)).append(',')
                        .append(Wkt.number(cs[k].y)).append(']');
            }
            sb.append("]}}").append(i + 1 < roads.size() ? ",\n" : "\n");
        }
        return sb.append("]}\n").toString();
    }

    private static String string(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
