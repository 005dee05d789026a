package org.gridpatrol.server.route;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.gridpatrol.engine.route.Geodesy;
import org.gridpatrol.engine.route.TourOrder;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.plan.Route;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;

/**
 * One route being planned: the cost matrix (streets or straight lines), the order, the path. A
 * checkpoint farther than {@value #MAX_OFF_STREET_M} m from any street is not on the network, and
 * the route is then drawn in straight lines. Over the streets, a step from one checkpoint to the
 * next walks to the street, along its segment to one of its ends (or straight along the segment
 * when both join the same one), the shortest way to an end of the other's segment, and in.
 */
final class RouteWalk {
    static final double MAX_OFF_STREET_M = 300;
    /** How a step is walked: along one shared segment, or by the ends (a, b) = choice / 2, choice % 2. */
    private static final int SAME_SEGMENT = -1;

    private final Connection db;
    private final Long planId;
    private final List<Long> ids;
    private final double[][] points;
    private final boolean keepOrder;

    RouteWalk(Connection db, Long planId, List<Long> ids, double[][] points, boolean keepOrder) {
        this.db = db;
        this.planId = planId;
        this.ids = ids;
        this.points = points;
        this.keepOrder = keepOrder;
    }

    Route plan() throws SQLException {
        String why = RoadNetwork.unusable(db);
        if (why == null) {
            StreetSnap[] snaps = new StreetSnap[points.length];
            for (int i = 0; i < points.length && why == null; i++) {
                snaps[i] = RoadNetwork.snap(db, points[i][0], points[i][1]);
                if (snaps[i].offM() > MAX_OFF_STREET_M) {
                    why = String.format(Locale.ROOT, "checkpoint %d is %.0f m from the nearest street (more than %.0f m)",
                            ids.get(i), snaps[i].offM(), MAX_OFF_STREET_M);
                }
            }
            if (why == null) {
                int[][] choice = new int[points.length][points.length];
                double[][] cost = streetCost(snaps, choice);
                why = disconnected(cost);
                if (why == null) {
                    int[] order = order(cost);
                    return answer(order, cost, Route.ROAD_NETWORK, null, streetPath(order, snaps, choice));
                }
            }
        }
        double[][] cost = Geodesy.matrix(points);
        int[] order = order(cost);
        CoordinateList line = new CoordinateList();
        for (int i : order) {
            line.add(point(i), false);
        }
        return answer(order, cost, Route.STRAIGHT_LINE, why, line);
    }

    private int[] order(double[][] cost) {
        return keepOrder ? IntStream.range(0, points.length).toArray() : TourOrder.shortestPath(cost);
    }

    private double[][] streetCost(StreetSnap[] snaps, int[][] choice) throws SQLException {
        int n = snaps.length;
        long[] junctions = new long[2 * n];
        for (int i = 0; i < n; i++) {
            junctions[2 * i] = snaps[i].ends()[0];
            junctions[2 * i + 1] = snaps[i].ends()[1];
        }
        Map<String, Double> metres = RoadNetwork.distances(db, junctions);
        double[][] cost = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i != j) {
                    cost[i][j] = step(snaps[i], snaps[j], metres, choice[i], j);
                }
            }
        }
        return cost;
    }

    /** @return the shortest walk from checkpoint s to t; records how it is walked in choices[j] */
    private static double step(StreetSnap s, StreetSnap t, Map<String, Double> metres, int[] choices, int j) {
        double best = Double.POSITIVE_INFINITY;
        if (s.edge() == t.edge()) {
            best = s.offM() + Math.abs(s.fraction() - t.fraction()) * s.lengthM() + t.offM();
            choices[j] = SAME_SEGMENT;
        }
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                long from = s.ends()[a];
                long to = t.ends()[b];
                Double road = from == to ? Double.valueOf(0) : metres.get(from + ">" + to);
                if (road != null) {
                    double walk = s.offM() + s.along(a) + road + t.along(b) + t.offM();
                    if (walk < best - 1e-9) {
                        best = walk;
                        choices[j] = 2 * a + b;
                    }
                }
            }
        }
        return best;
    }

    private String disconnected(double[][] cost) {
        for (int i = 0; i < cost.length; i++) {
            for (int j = 0; j < cost.length; j++) {
                if (Double.isInfinite(cost[i][j])) {
                    return "the street network does not connect checkpoints " + ids.get(i) + " and " + ids.get(j);
                }
            }
        }
        return null;
    }

    private CoordinateList streetPath(int[] order, StreetSnap[] snaps, int[][] choice) throws SQLException {
        CoordinateList line = new CoordinateList();
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            line.add(point(i), false);
            if (k + 1 == order.length) {
                break;
            }
            int j = order[k + 1];
            StreetSnap s = snaps[i];
            StreetSnap t = snaps[j];
            line.add(s.onStreet(), false);
            int how = choice[i][j];
            if (how == SAME_SEGMENT) {
                line.addAll(RoadNetwork.along(db, s.edge(), s.fraction(), t.fraction()), false);
            } else {
                int a = how / 2;
                int b = how % 2;
                line.addAll(s.toEnd().get(a), false);
                line.addAll(RoadNetwork.path(db, s.ends()[a], t.ends()[b]), false);
                List<Coordinate> in = new ArrayList<>(t.toEnd().get(b));
                java.util.Collections.reverse(in);
                line.addAll(in, false);
            }
            line.add(t.onStreet(), false);
        }
        return line;
    }

    private Coordinate point(int i) {
        return new Coordinate(points[i][0], points[i][1]);
    }

    private Route answer(int[] order, double[][] cost, String mode, String why, CoordinateList line) {
        List<Long> walk = new ArrayList<>();
        List<Double> legs = new ArrayList<>();
        double total = 0;
        for (int k = 0; k < order.length; k++) {
            walk.add(ids.get(order[k]));
            if (k > 0) {
                double leg = cost[order[k - 1]][order[k]];
                legs.add(Math.round(leg * 10) / 10.0);
                total += leg;
            }
        }
        if (line.size() < 2) {
            line.add(line.get(0), true); // every checkpoint at one spot: a line of no length
        }
        return new Route(planId, walk, mode, why, Math.round(total * 10) / 10.0, legs,
                GeoJson.write(GeoJson.factory().createLineString(line.toCoordinateArray())));
    }
}
