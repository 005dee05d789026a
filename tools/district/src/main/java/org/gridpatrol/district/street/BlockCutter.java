package org.gridpatrol.district.street;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.district.geo.Curves;
import org.gridpatrol.district.geo.LocalFrame;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.noding.snapround.GeometryNoder;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * The city blocks in lon/lat, cut from the street network where they will be stored: all streets
 * and the boundary are snap-rounded to 7 decimals together (so every junction is a vertex on that
 * grid) and polygonized. Two neighbouring blocks are built from the very same noded edge, so they
 * share their border vertex for vertex, and nothing is rounded after that: no gaps, no overlaps.
 */
public final class BlockCutter {

    private static final double OVERSHOOT_M = 2.0;

    private BlockCutter() {
    }

    /** The district boundary in lon/lat, on the 7-decimal grid. */
    public static Polygon boundary(LocalFrame frame, StreetNetwork net) {
        return frame.toLonLat(net.boundary());
    }

    public static List<Polygon> blocks(LocalFrame frame, StreetNetwork net) {
        Polygon boundary = boundary(frame, net);
        List<Geometry> lines = new ArrayList<>();
        lines.add(boundary.getExteriorRing());
        net.arterials().forEach(r -> lines.add(frame.toLonLat(r.line())));
        for (Road r : net.minorStreets()) {   // a little past their ends, so rounding cannot part a junction
            lines.add(frame.toLonLat(Curves.extendEnds(r.line(), OVERSHOOT_M, frame.metric())));
        }
        GeometryNoder noder = new GeometryNoder(LocalFrame.lonLatPrecision());
        @SuppressWarnings("unchecked")
        List<LineString> noded = noder.node(lines);

        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(distinct(noded));
        @SuppressWarnings("unchecked")
        Collection<Polygon> polygons = polygonizer.getPolygons();
        List<Polygon> blocks = new ArrayList<>();
        for (Polygon p : polygons) {
            if (boundary.contains(p.getInteriorPoint())) {
                if (!p.isValid() || p.getNumInteriorRing() > 0) {
                    throw new IllegalStateException("block is not a simple valid polygon: " + p);
                }
                blocks.add(p);
            }
        }
        return Canonical.order(blocks);
    }

    /** Noded edges without duplicates (two streets snapped onto one another would repeat one). */
    private static Collection<LineString> distinct(List<LineString> edges) {
        Map<String, LineString> byShape = new LinkedHashMap<>();
        for (LineString e : edges) {
            if (e.getNumPoints() >= 2 && e.getLength() > 0) {
                byShape.putIfAbsent(e.norm().toText(), e);
            }
        }
        return byShape.values();
    }
}
