package org.gridpatrol.simulator.street;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.noding.NodedSegmentString;
import org.locationtech.jts.noding.SegmentString;
import org.locationtech.jts.noding.snapround.SnapRoundingNoder;

/**
 * The walkable street network in metres: nodes at junctions and street ends, edges along the
 * streets between them. Streets drawn to end on another street (T junctions) seldom end exactly
 * on it once rounded to lon/lat decimals, so each street is stretched by {@value #STRETCH_M} m at
 * both ends before noding (snap-rounded to 0.1 m) and the stubs that stick out are dropped.
 */
public final class StreetGraph {

    static final double STRETCH_M = 3.0;
    private static final double SNAP = 10.0; // 0.1 m grid

    /** A street piece between two nodes. */
    public record Edge(int id, int from, int to, Coordinate[] path, double length) {
        /** @return the node at the other end */
        public int other(int node) {
            return node == from ? to : from;
        }

        /** @return the path walked from the given end */
        public List<Coordinate> pathFrom(int node) {
            List<Coordinate> p = new ArrayList<>(Arrays.asList(path));
            if (node != from) {
                java.util.Collections.reverse(p);
            }
            return p;
        }
    }

    private final List<Coordinate> nodes;
    private final List<Edge> edges;
    private final List<List<Edge>> incident;

    private StreetGraph(List<Coordinate> nodes, List<Edge> edges) {
        this.nodes = nodes;
        this.edges = edges;
        this.incident = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            incident.add(new ArrayList<>());
        }
        for (Edge e : edges) {
            incident.get(e.from()).add(e);
            if (e.to() != e.from()) {
                incident.get(e.to()).add(e);
            }
        }
    }

    /** Builds the graph from street centre lines in metres. */
    public static StreetGraph of(Collection<LineString> streets) {
        List<SegmentString> strings = new ArrayList<>();
        for (LineString s : streets) {
            if (s.getNumPoints() >= 2 && s.getLength() > 0) {
                strings.add(new NodedSegmentString(stretch(s.getCoordinates()), null));
            }
        }
        SnapRoundingNoder noder = new SnapRoundingNoder(new PrecisionModel(SNAP));
        noder.computeNodes(strings);
        List<Coordinate[]> pieces = new ArrayList<>();
        for (Object o : noder.getNodedSubstrings()) {
            Coordinate[] c = dedupe(((SegmentString) o).getCoordinates());
            if (c.length >= 2) {
                pieces.add(c);
            }
        }
        return build(dropStubs(pieces));
    }

    private static Coordinate[] stretch(Coordinate[] c) {
        Coordinate[] out = new Coordinate[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = new Coordinate(c[i].x, c[i].y);
        }
        out[0] = beyond(c[1], c[0], STRETCH_M);
        out[c.length - 1] = beyond(c[c.length - 2], c[c.length - 1], STRETCH_M);
        return out;
    }

    private static Coordinate beyond(Coordinate from, Coordinate end, double metres) {
        double d = from.distance(end);
        return d == 0 ? new Coordinate(end) : new Coordinate(end.x + (end.x - from.x) / d * metres,
                end.y + (end.y - from.y) / d * metres);
    }

    private static Coordinate[] dedupe(Coordinate[] c) {
        List<Coordinate> out = new ArrayList<>();
        for (Coordinate x : c) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals2D(x)) {
                out.add(new Coordinate(x.x, x.y));
            }
        }
        return out.toArray(Coordinate[]::new);
    }

    /** Pieces no longer than the stretch whose one end touches nothing else: the stretched tips. */
    private static List<Coordinate[]> dropStubs(List<Coordinate[]> pieces) {
        Map<Coordinate, Integer> degree = new HashMap<>();
        for (Coordinate[] p : pieces) {
            degree.merge(key(p[0]), 1, Integer::sum);
            degree.merge(key(p[p.length - 1]), 1, Integer::sum);
        }
        List<Coordinate[]> kept = new ArrayList<>();
        for (Coordinate[] p : pieces) {
            boolean dangling = degree.get(key(p[0])) == 1 || degree.get(key(p[p.length - 1])) == 1;
            if (!(dangling && length(p) <= STRETCH_M + 0.2)) {
                kept.add(p);
            }
        }
        return kept;
    }

    private static StreetGraph build(List<Coordinate[]> pieces) {
        Map<Coordinate, Integer> ids = new HashMap<>();
        List<Coordinate> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        for (Coordinate[] p : pieces) {
            int a = ids.computeIfAbsent(key(p[0]), k -> {
                nodes.add(k);
                return nodes.size() - 1;
            });
            int b = ids.computeIfAbsent(key(p[p.length - 1]), k -> {
                nodes.add(k);
                return nodes.size() - 1;
            });
            edges.add(new Edge(edges.size(), a, b, p, length(p)));
        }
        return new StreetGraph(List.copyOf(nodes), List.copyOf(edges));
    }

    private static Coordinate key(Coordinate c) {
        return new Coordinate(c.x, c.y);
    }

    private static double length(Coordinate[] p) {
        double sum = 0;
        for (int i = 1; i < p.length; i++) {
            sum += p[i - 1].distance(p[i]);
        }
        return sum;
    }

    public List<Coordinate> nodes() {
        return nodes;
    }

    public Coordinate node(int id) {
        return nodes.get(id);
    }

    public List<Edge> edges() {
        return edges;
    }

    public List<Edge> edgesAt(int node) {
        return incident.get(node);
    }

    /** @return the node nearest a point (a linear scan: a district has a few hundred) */
    public int nearestNode(Coordinate p) {
        int best = -1;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < nodes.size(); i++) {
            double d = nodes.get(i).distance(p);
            if (d < bestD && !incident.get(i).isEmpty()) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /**
     * The shortest walk from a node to the nearest node that satisfies a goal (Dijkstra).
     *
     * @return the edges in walking order with the nodes they start from, or null when no goal is reachable
     */
    public Route shortestRoute(int from, IntPredicate goal) {
        return shortestRoute(from, goal, e -> true);
    }

    /**
     * The shortest walk to the nearest goal over the edges allowed only.
     *
     * @return the route, or null when no goal is reachable that way
     */
    public Route shortestRoute(int from, IntPredicate goal, Predicate<Edge> allowed) {
        double[] dist = new double[nodes.size()];
        Edge[] via = new Edge[nodes.size()];
        Arrays.fill(dist, Double.MAX_VALUE);
        dist[from] = 0;
        PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
        queue.add(new double[] {0, from});
        while (!queue.isEmpty()) {
            double[] top = queue.poll();
            int n = (int) top[1];
            if (top[0] > dist[n]) {
                continue;
            }
            if (goal.test(n)) {
                return route(from, n, via);
            }
            for (Edge e : incident.get(n)) {
                if (!allowed.test(e)) {
                    continue;
                }
                int m = e.other(n);
                double d = dist[n] + e.length();
                if (d < dist[m]) {
                    dist[m] = d;
                    via[m] = e;
                    queue.add(new double[] {d, m});
                }
            }
        }
        return null;
    }

    private Route route(int from, int to, Edge[] via) {
        List<Coordinate> path = new ArrayList<>();
        List<Edge> walked = new ArrayList<>();
        int n = to;
        while (n != from) {
            walked.add(0, via[n]);
            n = via[n].other(n);
        }
        path.add(nodes.get(from));
        int at = from;
        for (Edge e : walked) {
            List<Coordinate> p = e.pathFrom(at);
            path.addAll(p.subList(1, p.size()));
            at = e.other(at);
        }
        return new Route(from, to, path, walked);
    }

    /** A walk through the graph. */
    public record Route(int from, int to, List<Coordinate> path, List<Edge> edges) {
    }

    /** @return the ids of the largest set of nodes connected to each other */
    public int[] largestComponent() {
        int[] comp = new int[nodes.size()];
        Arrays.fill(comp, -1);
        int best = -1;
        int bestSize = 0;
        int c = 0;
        for (int s = 0; s < nodes.size(); s++) {
            if (comp[s] >= 0 || incident.get(s).isEmpty()) {
                continue;
            }
            int size = 0;
            java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
            stack.push(s);
            comp[s] = c;
            while (!stack.isEmpty()) {
                int n = stack.pop();
                size++;
                for (Edge e : incident.get(n)) {
                    int m = e.other(n);
                    if (comp[m] < 0) {
                        comp[m] = c;
                        stack.push(m);
                    }
                }
            }
            if (size > bestSize) {
                bestSize = size;
                best = c;
            }
            c++;
        }
        List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < comp.length; i++) {
            if (comp[i] == best) {
                ids.add(i);
            }
        }
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A line string of metres, for tests and callers that hold coordinates. */
    public static LineString line(Coordinate... c) {
        return new GeometryFactory().createLineString(c);
    }
}
