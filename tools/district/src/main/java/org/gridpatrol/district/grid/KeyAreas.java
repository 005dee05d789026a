package org.gridpatrol.district.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import org.gridpatrol.district.geo.LocalFrame;
import org.gridpatrol.district.street.Road;
import org.gridpatrol.district.street.RoadKind;
import org.gridpatrol.district.street.StreetNetwork;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.buffer.BufferOp;

/**
 * Key areas (重点区域): places that need watching whatever grid they fall in — a station square, a
 * market, a school gate, a pedestrian street, a park gate. They are placed relative to the streets
 * (a corner of two arterials, the middle of a minor street), overlap unit grids freely, and belong
 * to the squad whose unit grid holds their centre.
 */
public final class KeyAreas {

    private KeyAreas() {
    }

    /**
     * @param ownerAt the org unit owning the unit grid at a lon/lat point
     */
    public static List<Grid> place(LocalFrame frame, StreetNetwork net, ToLongFunction<Point> ownerAt, long firstId) {
        GeometryFactory f = frame.metric();
        List<Polygon> shapes = new ArrayList<>();
        List<String> names = new ArrayList<>();

        Coordinate station = corner(net, "胜利路", "解放路");
        Coordinate along = direction(arterial(net, "解放路").line(), station);
        names.add("客运站站前广场");
        shapes.add(rectangle(f, offset(station, along, 0, 85), along, 220, 110));

        Coordinate marketCorner = corner(net, "涂山路", "纬四路");
        names.add("二马路农贸市场");
        shapes.add(irregular(f, new Coordinate(marketCorner.x + 170, marketCorner.y + 150),
                new double[] {80, 68, 90, 72, 85, 64, 78}, 0.3));

        Road school = nearest(net, RoadKind.BRANCH, new Coordinate(450, 380));
        Coordinate gate = midpoint(school.line());
        names.add(school.name() + "小学校门");
        shapes.add(rectangle(f, gate, direction(school.line(), gate), 80, 45));

        Road walk = nearest(net, RoadKind.SECONDARY, new Coordinate(-550, 380));
        LengthIndexedLine walkLine = new LengthIndexedLine(walk.line());
        Geometry middle = walkLine.extractLine(walk.line().getLength() * 0.2, walk.line().getLength() * 0.8);
        BufferParameters flat = new BufferParameters(6, BufferParameters.CAP_FLAT);
        names.add(walk.name() + "步行街");
        shapes.add((Polygon) BufferOp.bufferOp(middle, 15, flat));

        names.add("张公山公园南门广场");
        Coordinate park = new Coordinate(-1300, 880);
        Geometry disc = f.createPoint(park).buffer(100, 8);
        shapes.add((Polygon) new AffineTransformation()
                .translate(-park.x, -park.y).scale(1.3, 0.8).rotate(Math.toRadians(20)).translate(park.x, park.y)
                .transform(disc));

        List<Grid> areas = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            Polygon lonLat = valid(frame.toLonLat(shapes.get(i)));
            long owner = ownerAt.applyAsLong(lonLat.getInteriorPoint());
            areas.add(new Grid(firstId + i, GridKind.KEY_AREA, names.get(i), null, owner, lonLat));
        }
        return areas;
    }

    private static Polygon valid(Polygon p) {
        if (p.isValid()) {
            return p;
        }
        Geometry fixed = GeometryFixer.fix(p);
        if (fixed instanceof Polygon q && q.isValid()) {
            return q;
        }
        throw new IllegalStateException("key area cannot be made valid: " + p);
    }

    static Road arterial(StreetNetwork net, String name) {
        return net.arterials().stream().filter(r -> r.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no arterial " + name));
    }

    static Coordinate corner(StreetNetwork net, String a, String b) {
        return arterial(net, a).line().intersection(arterial(net, b).line()).getCoordinate();
    }

    private static Road nearest(StreetNetwork net, RoadKind kind, Coordinate to) {
        GeometryFactory f = net.boundary().getFactory();
        Point p = f.createPoint(to);
        return net.minorStreets().stream().filter(r -> r.kind() == kind)
                .min(Comparator.comparingDouble(r -> r.line().distance(p)))
                .orElseThrow(() -> new IllegalStateException("no " + kind + " street"));
    }

    private static Coordinate midpoint(LineString line) {
        return new LengthIndexedLine(line).extractPoint(line.getLength() / 2);
    }

    /** Unit direction of the line near c. */
    private static Coordinate direction(LineString line, Coordinate c) {
        LengthIndexedLine l = new LengthIndexedLine(line);
        double at = l.project(c);
        Coordinate a = l.extractPoint(Math.max(0, at - 20));
        Coordinate b = l.extractPoint(Math.min(line.getLength(), at + 20));
        double len = a.distance(b);
        return new Coordinate((b.x - a.x) / len, (b.y - a.y) / len);
    }

    /** c moved by along metres in direction d and by left metres to its left. */
    private static Coordinate offset(Coordinate c, Coordinate d, double along, double left) {
        return new Coordinate(c.x + d.x * along - d.y * left, c.y + d.y * along + d.x * left);
    }

    private static Polygon rectangle(GeometryFactory f, Coordinate centre, Coordinate d, double length, double width) {
        Coordinate[] ring = {
            offset(centre, d, -length / 2, -width / 2), offset(centre, d, length / 2, -width / 2),
            offset(centre, d, length / 2, width / 2), offset(centre, d, -length / 2, width / 2), null};
        ring[4] = ring[0].copy();
        return f.createPolygon(ring);
    }

    private static Polygon irregular(GeometryFactory f, Coordinate centre, double[] radii, double turn) {
        Coordinate[] ring = new Coordinate[radii.length + 1];
        for (int i = 0; i < radii.length; i++) {
            double a = turn + 2 * Math.PI * i / radii.length;
            ring[i] = new Coordinate(centre.x + radii[i] * Math.cos(a), centre.y + radii[i] * Math.sin(a));
        }
        ring[radii.length] = ring[0].copy();
        return f.createPolygon(ring);
    }
}
