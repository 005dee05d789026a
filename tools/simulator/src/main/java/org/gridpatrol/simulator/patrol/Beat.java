package org.gridpatrol.simulator.patrol;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.gridpatrol.simulator.street.StreetGraph;
import org.gridpatrol.simulator.street.StreetGraph.Edge;
import org.gridpatrol.simulator.walk.Leg;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Where one officer patrols: the streets along and inside his grids (every point of the street
 * within {@value #NEAR_M} m of them), walked edge by edge without turning back, preferring streets
 * not walked lately, with now and then a pause or a short walk into the block and back. It also
 * knows where misbehaving takes him: the inside of a neighbour grid, a street far from his own.
 */
public final class Beat {

    static final double NEAR_M = 35;
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final Territory territory;
    private final StreetGraph streets;
    private final List<Territory.Grid> own;
    private final Geometry area;
    private final PreparedGeometry nearArea;
    private final List<Edge> patrolEdges = new ArrayList<>();
    private final boolean[] patrolNode;
    private final boolean[] patrolEdge;
    private final Deque<Integer> recent = new ArrayDeque<>();
    private Edge lastEdge;

    Beat(Territory territory, List<Territory.Grid> own) {
        this.territory = territory;
        this.streets = territory.streets();
        this.own = List.copyOf(own);
        this.area = own.isEmpty() ? GEOMETRY.createPolygon()
                : UnaryUnionOp.union(own.stream().map(Territory.Grid::area).toList());
        this.nearArea = PreparedGeometryFactory.prepare(area.isEmpty() ? area : area.buffer(NEAR_M));
        this.patrolNode = new boolean[streets.nodes().size()];
        this.patrolEdge = new boolean[streets.edges().size()];
        boolean[] reachable = new boolean[streets.nodes().size()];
        for (int n : territory.reachableNodes()) {
            reachable[n] = true;
        }
        for (Edge e : streets.edges()) {
            boolean mine = area.isEmpty() || nearArea.covers(GEOMETRY.createLineString(e.path()));
            if (mine && reachable[e.from()]) {
                patrolEdges.add(e);
                patrolEdge[e.id()] = true;
                patrolNode[e.from()] = true;
                patrolNode[e.to()] = true;
            }
        }
    }

    /** @return the own grids' union in metres (empty when he has none) */
    public Geometry area() {
        return area;
    }

    public List<Territory.Grid> ownGrids() {
        return own;
    }

    /** @return whether there are streets to patrol */
    public boolean hasStreets() {
        return !patrolEdges.isEmpty();
    }

    /** @return metres from a point to the nearest own grid (0 inside) */
    public double distanceFromOwn(Coordinate p) {
        return area.isEmpty() ? 0 : area.distance(GEOMETRY.createPoint(p));
    }

    /** A street node of the beat to start from. */
    public int startNode(Random random) {
        if (patrolEdges.isEmpty()) {
            return territory.reachableNodes()[random.nextInt(territory.reachableNodes().length)];
        }
        Edge e = patrolEdges.get(random.nextInt(patrolEdges.size()));
        return random.nextBoolean() ? e.from() : e.to();
    }

    /**
     * The next legs of normal patrol.
     *
     * @param at       the street node the officer stands on, or -1 when off the streets
     * @param position where he is
     * @param pace     his walking speed, m/s
     */
    public List<Leg> next(int at, Coordinate position, double pace, Random random) {
        Edge cameBy = lastEdge;
        lastEdge = null;
        if (at < 0) {
            return backToBeat(position, pace);
        }
        if (patrolEdges.isEmpty()) {
            return List.of(edgeLeg(randomEdge(streets.edgesAt(at), cameBy, random), at, pace, random));
        }
        double r = random.nextDouble();
        if (r < 0.05) {
            return List.of(new Leg.Stay(20 + 130 * random.nextDouble(), 2, 0.2));
        }
        if (r < 0.15) {
            List<Leg> excursion = intoTheBlock(at, pace, random);
            if (!excursion.isEmpty()) {
                return excursion;
            }
        }
        List<Edge> choices = streets.edgesAt(at).stream().filter(e -> patrolEdge[e.id()]).toList();
        if (choices.isEmpty() || r > 0.97) {
            Edge far = patrolEdges.get(random.nextInt(patrolEdges.size()));
            StreetGraph.Route route = route(at, far.from());
            if (route != null && !route.edges().isEmpty()) {
                return List.of(new Leg.Walk(route.path(), pace, route.to()));
            }
            if (choices.isEmpty()) {
                return List.of(edgeLeg(randomEdge(streets.edgesAt(at), cameBy, random), at, pace, random));
            }
        }
        return List.of(edgeLeg(randomEdge(choices, cameBy, random), at, pace, random));
    }

    /** The legs from anywhere back to the nearest street node of the beat. */
    public List<Leg> backToBeat(Coordinate position, double pace) {
        List<Leg> legs = new ArrayList<>();
        int start = nearestReachable(position);
        legs.add(new Leg.Walk(List.of(position, streets.node(start)), pace, start));
        if (!patrolEdges.isEmpty() && !patrolNode[start]) {
            StreetGraph.Route route = streets.shortestRoute(start, n -> patrolNode[n]);
            if (route != null) {
                legs.add(new Leg.Walk(route.path(), pace, route.to()));
            }
        }
        return legs;
    }

    /** The legs from anywhere to a street node, along the streets (his own where they lead there). */
    public List<Leg> toNode(Coordinate position, int node, double pace) {
        List<Leg> legs = new ArrayList<>();
        int start = nearestReachable(position);
        legs.add(new Leg.Walk(List.of(position, streets.node(start)), pace, start));
        StreetGraph.Route route = route(start, node);
        if (route != null && !route.edges().isEmpty()) {
            legs.add(new Leg.Walk(route.path(), pace, node));
        }
        return legs;
    }

    /**
     * The shortest way between two street nodes along his own streets where they connect the two,
     * else over any street. A shortcut through other streets can keep him outside his grids long
     * enough for an off-post alarm that no scripted misbehaviour explains.
     */
    private StreetGraph.Route route(int from, int to) {
        if (patrolNode[from] && patrolNode[to]) {
            StreetGraph.Route own = streets.shortestRoute(from, n -> n == to, e -> patrolEdge[e.id()]);
            if (own != null) {
                return own;
            }
        }
        return streets.shortestRoute(from, n -> n == to);
    }

    /** @return the street node of his beat nearest a point (any street node when he has no beat) */
    public int nearestBeatNode(Coordinate p) {
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int n : territory.reachableNodes()) {
            double d = streets.node(n).distance(p);
            if (patrolNode[n] && d < bestD) {
                bestD = d;
                best = n;
            }
        }
        return best >= 0 ? best : nearestReachable(p);
    }

    private int nearestReachable(Coordinate p) {
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int n : territory.reachableNodes()) {
            double d = streets.node(n).distance(p);
            if (d < bestD) {
                bestD = d;
                best = n;
            }
        }
        return best;
    }

    private Edge randomEdge(List<Edge> choices, Edge cameBy, Random random) {
        List<Edge> onward = choices.size() > 1 ? choices.stream().filter(e -> !e.equals(cameBy)).toList() : choices;
        double[] weights = onward.stream().mapToDouble(e -> recent.contains(e.id()) ? 0.25 : 1).toArray();
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double pick = random.nextDouble() * total;
        for (int i = 0; i < onward.size(); i++) {
            pick -= weights[i];
            if (pick <= 0) {
                return onward.get(i);
            }
        }
        return onward.get(onward.size() - 1);
    }

    private Leg edgeLeg(Edge e, int from, double pace, Random random) {
        lastEdge = e;
        recent.addLast(e.id());
        if (recent.size() > 8) {
            recent.removeFirst();
        }
        return new Leg.Walk(e.pathFrom(from), pace * (0.92 + 0.16 * random.nextDouble()), e.other(from));
    }

    /** In from the street to a point 30–80 m inside his own grid, a look round, and back. */
    private List<Leg> intoTheBlock(int at, double pace, Random random) {
        Coordinate node = streets.node(at);
        if (area.isEmpty() || distanceFromOwn(node) > 5) {
            return List.of();
        }
        for (int attempt = 0; attempt < 12; attempt++) {
            double d = 30 + 50 * random.nextDouble();
            double a = random.nextDouble() * 2 * Math.PI;
            Coordinate p = new Coordinate(node.x + d * Math.cos(a), node.y + d * Math.sin(a));
            if (area.covers(GEOMETRY.createLineString(new Coordinate[] {node, p}))
                    && area.getBoundary().distance(GEOMETRY.createPoint(p)) >= 6) {
                return List.of(new Leg.Walk(List.of(node, p), pace * 0.8, -1),
                        new Leg.Stay(10 + 50 * random.nextDouble(), 4, 0.3),
                        new Leg.Walk(List.of(p, node), pace * 0.8, at));
            }
        }
        return List.of();
    }

    /**
     * A point inside a neighbour grid (a unit grid not his own, within 40 m of his), at least
     * {@code depth} metres from its edge where the grid allows, never inside his own grids, and
     * preferably not much farther from his grids than it is deep: the way there is short, so a
     * cross-zone walk does not also keep him off post for the off-post dwell.
     *
     * @return the grid and the point, or null when he has no neighbour deep enough (60 m at least)
     */
    public Target insideANeighbour(double depth, Random random) {
        return insideANeighbour(depth, random, null);
    }

    /**
     * The same, next to the part of his grids he stands in (or nearest to) when his grids lie apart:
     * the way over to a neighbour of his other part would keep him off post for the dwell first.
     *
     * @param from where he stands, or null for any part
     */
    public Target insideANeighbour(double depth, Random random, Coordinate from) {
        if (area.isEmpty()) {
            return null;
        }
        Geometry near = from == null ? area : partNearest(from);
        List<Territory.Grid> neighbours = new ArrayList<>(territory.grids().values().stream()
                .filter(g -> g.unit() && !own.contains(g) && near.distance(g.area()) < 40)
                .sorted(Comparator.comparingLong(Territory.Grid::id)).toList());
        java.util.Collections.shuffle(neighbours, random);
        Target best = null;
        for (Territory.Grid g : neighbours) {
            PreparedGeometry inside = PreparedGeometryFactory.prepare(g.area());
            Geometry edge = g.area().getBoundary();
            Envelope box = g.area().getEnvelopeInternal();
            for (int i = 0; i < 400; i++) {
                Point p = GEOMETRY.createPoint(new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
                        box.getMinY() + random.nextDouble() * box.getHeight()));
                if (!inside.contains(p) || area.covers(p)) {
                    continue;
                }
                double deep = edge.distance(p);
                double away = area.distance(p);
                if (deep >= depth && deep <= depth + 40 && away <= depth + 60) {
                    return new Target(g, p.getCoordinate(), deep, away);
                }
                if (deep >= 60 && (best == null || deep - away / 4 > best.depth() - best.distance() / 4)) {
                    best = new Target(g, p.getCoordinate(), deep, away);
                }
            }
        }
        return best;
    }

    /** The connected part of his grids nearest a point (all of them when they are one piece). */
    private Geometry partNearest(Coordinate p) {
        Point at = GEOMETRY.createPoint(p);
        Geometry best = area;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < area.getNumGeometries(); i++) {
            double d = area.getGeometryN(i).distance(at);
            if (d < bestD) {
                bestD = d;
                best = area.getGeometryN(i);
            }
        }
        return best;
    }

    /**
     * A street node {@code min}–{@code max} metres from his grids (about the middle preferred).
     *
     * @return the node, or -1 when there is none
     */
    public int streetAway(double min, double max, Random random) {
        List<Integer> candidates = new ArrayList<>();
        for (int n : territory.reachableNodes()) {
            double d = distanceFromOwn(streets.node(n));
            if (d >= min && d <= max) {
                candidates.add(n);
            }
        }
        return candidates.isEmpty() ? -1 : candidates.get(random.nextInt(candidates.size()));
    }

    /**
     * Where a misbehaving officer goes.
     *
     * @param grid     the grid it is in (a neighbour), or null
     * @param point    the spot, metres
     * @param depth    how deep inside that grid
     * @param distance how far from his own grids
     */
    public record Target(Territory.Grid grid, Coordinate point, double depth, double distance) {
    }
}
