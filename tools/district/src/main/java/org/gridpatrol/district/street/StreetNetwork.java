package org.gridpatrol.district.street;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * The streets of the district, in metres: the arterials of {@link StreetPlan}, the wards (cells)
 * they enclose within the boundary, and the minor streets {@link BlockSplitter} cut each ward with.
 * The same seed gives the same town.
 */
public final class StreetNetwork {

    /** Land between arterials: one ward, later one community (社区), and the blocks cut in it. */
    private static final double MIN_ROAD_M = 20;

    public record Ward(int index, Polygon area, List<Polygon> blocks) {
    }

    private final Polygon boundary;
    private final List<Road> arterials;
    private final List<Ward> wards;
    private final List<Road> minorStreets;

    private StreetNetwork(Polygon boundary, List<Road> arterials, List<Ward> wards, List<Road> minorStreets) {
        this.boundary = boundary;
        this.arterials = arterials;
        this.wards = wards;
        this.minorStreets = minorStreets;
    }

    public static StreetNetwork generate(GeometryFactory metric, long seed) {
        Random random = new Random(seed);
        Polygon boundary = StreetPlan.boundary(metric);
        List<Road> arterials = StreetPlan.arterials(metric);
        BlockSplitter splitter = new BlockSplitter(metric, random, new StreetNames(random));
        List<Ward> wards = new ArrayList<>();
        for (Polygon area : enclosed(metric, boundary, arterials)) {
            wards.add(new Ward(wards.size(), area, splitter.split(area)));
        }
        return new StreetNetwork(boundary, arterials, List.copyOf(wards), List.copyOf(splitter.streets()));
    }

    /** The polygons the arterials cut the district into, west to east, then south to north. */
    private static List<Polygon> enclosed(GeometryFactory f, Polygon boundary, List<Road> arterials) {
        List<Geometry> lines = new ArrayList<>();
        lines.add(boundary.getExteriorRing());
        arterials.forEach(r -> lines.add(r.line()));
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(f.buildGeometry(lines).union());
        @SuppressWarnings("unchecked")
        Collection<Polygon> polygons = polygonizer.getPolygons();
        List<Polygon> inside = new ArrayList<>();
        for (Polygon p : polygons) {
            if (boundary.contains(p.getInteriorPoint())) {
                inside.add(p);
            }
        }
        return Canonical.order(inside);
    }

    public Polygon boundary() {
        return boundary;
    }

    /** The arterials as drawn, running a little beyond the boundary. */
    public List<Road> arterials() {
        return arterials;
    }

    public List<Ward> wards() {
        return wards;
    }

    /** Secondary streets and branches, each ending on the street or boundary it meets. */
    public List<Road> minorStreets() {
        return minorStreets;
    }

    /** Every street, clipped to the district: arterials first, then minor streets as cut. */
    public List<Road> roadsWithin() {
        List<Road> roads = new ArrayList<>();
        for (Road r : arterials) {
            Geometry inside = boundary.intersection(r.line());
            for (int i = 0; i < inside.getNumGeometries(); i++) {
                LineString part = (LineString) inside.getGeometryN(i);
                if (part.getLength() >= MIN_ROAD_M) {   // not the odd metre where an arterial grazes the boundary
                    roads.add(new Road(r.name(), r.kind(), part));
                }
            }
        }
        roads.addAll(minorStreets);
        return roads;
    }

    public int blockCount() {
        return wards.stream().mapToInt(w -> w.blocks().size()).sum();
    }
}
