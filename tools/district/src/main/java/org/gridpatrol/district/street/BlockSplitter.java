package org.gridpatrol.district.street;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.gridpatrol.district.geo.Curves;
import org.locationtech.jts.algorithm.MinimumAreaRectangle;
import org.locationtech.jts.algorithm.MinimumDiameter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Cuts the land between arterials into city blocks, the way towns grow: a block too big gets a
 * street across its long side, a little off-centre and off-square, gently bowed; each half is cut
 * again while it is still too big. A later street ends on an earlier one (a T junction), so the
 * result is a town plan, not a chessboard. A cut that would leave a sliver is redrawn; after a dozen
 * tries the block stays whole. Works in metres.
 */
final class BlockSplitter {

    /** A block is left alone once it is at most this big (m², and m along its longer side). */
    static final double MAX_AREA = 210_000;
    static final double MAX_SIDE = 620;
    /** No cut may leave a piece smaller or thinner than this (m², m). */
    static final double MIN_AREA = 35_000;
    static final double MIN_WIDTH = 130;

    private static final int TRIES = 12;
    private static final double OVERSHOOT = 1.5;   // cut lines poke this far past their ends, so noding finds the junction

    private final GeometryFactory factory;
    private final Random random;
    private final StreetNames names;
    private final List<Road> streets = new ArrayList<>();

    BlockSplitter(GeometryFactory factory, Random random, StreetNames names) {
        this.factory = factory;
        this.random = random;
        this.names = names;
    }

    /** The streets cut so far, in the order they were cut. */
    List<Road> streets() {
        return streets;
    }

    /** Cuts the area into blocks, adding the streets it drew to {@link #streets()}; returns the blocks. */
    List<Polygon> split(Polygon area) {
        List<Polygon> blocks = new ArrayList<>();
        split(area, 0, blocks);
        return blocks;
    }

    private void split(Polygon p, int depth, List<Polygon> blocks) {
        Axes axes = Axes.of(p);
        if (p.getArea() <= MAX_AREA && axes.longLength <= MAX_SIDE) {
            blocks.add(p);
            return;
        }
        for (int attempt = 0; attempt < TRIES; attempt++) {
            LineString cut = drawCut(p, axes);
            if (cut == null) {
                continue;
            }
            List<Polygon> pieces = cutAlong(p, Curves.extendEnds(cut, OVERSHOOT, factory));
            if (pieces.size() == 2 && pieces.stream().allMatch(BlockSplitter::sizeable)) {
                RoadKind kind = depth == 0 ? RoadKind.SECONDARY : RoadKind.BRANCH;
                streets.add(new Road(names.next(kind), kind, cut));
                for (Polygon piece : pieces) {
                    split(piece, depth + 1, blocks);
                }
                return;
            }
        }
        blocks.add(p);
    }

    /** A street across the long side of p, clipped to p; null when the clip is not one piece. */
    private LineString drawCut(Polygon p, Axes axes) {
        double t = 0.38 + 0.24 * random.nextDouble();
        double turn = Math.toRadians(-11 + 22 * random.nextDouble());
        double bow = (random.nextBoolean() ? 1 : -1) * (4 + 20 * random.nextDouble());
        Coordinate centre = new Coordinate(
                axes.origin.x + axes.longDir.x * axes.longLength * t + axes.shortDir.x * axes.shortLength / 2,
                axes.origin.y + axes.longDir.y * axes.longLength * t + axes.shortDir.y * axes.shortLength / 2);
        double dx = axes.shortDir.x * Math.cos(turn) - axes.shortDir.y * Math.sin(turn);
        double dy = axes.shortDir.x * Math.sin(turn) + axes.shortDir.y * Math.cos(turn);
        double reach = axes.shortLength + axes.longLength;
        Coordinate a = new Coordinate(centre.x - dx * reach, centre.y - dy * reach);
        Coordinate b = new Coordinate(centre.x + dx * reach, centre.y + dy * reach);
        Geometry clipped = p.intersection(factory.createLineString(Curves.bowed(a, b, bow, 25)));
        if (clipped instanceof LineString line && line.getLength() > MIN_WIDTH) {
            return line;
        }
        return null;
    }

    /** The pieces of p on either side of a line that crosses it from boundary to boundary. */
    private static List<Polygon> cutAlong(Polygon p, LineString line) {
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(p.getExteriorRing().union(line));
        @SuppressWarnings("unchecked")
        Collection<Polygon> polygons = polygonizer.getPolygons();
        return Canonical.order(polygons);
    }

    private static boolean sizeable(Polygon piece) {
        return piece.getArea() >= MIN_AREA && new MinimumDiameter(piece).getLength() >= MIN_WIDTH;
    }

    /** The sides of a polygon's minimum-area bounding rectangle: a corner and the two unit directions. */
    private record Axes(Coordinate origin, Coordinate longDir, double longLength, Coordinate shortDir, double shortLength) {

        static Axes of(Polygon p) {
            Coordinate[] r = MinimumAreaRectangle.getMinimumRectangle(p).getCoordinates();
            double a = r[0].distance(r[1]);
            double b = r[1].distance(r[2]);
            return a >= b
                    ? new Axes(r[0], unit(r[0], r[1]), a, unit(r[1], r[2]), b)
                    : new Axes(r[1], unit(r[1], r[2]), b, unit(r[1], r[0]), a);
        }

        private static Coordinate unit(Coordinate from, Coordinate to) {
            double len = from.distance(to);
            return new Coordinate((to.x - from.x) / len, (to.y - from.y) / len);
        }
    }
}
