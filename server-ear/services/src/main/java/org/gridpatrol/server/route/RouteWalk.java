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
 * checkpoint farther than {@value #MAX_SNAP_M} m from any street is not on the network, and the
 * route is then drawn in straight lines.
 */
final class RouteWalk {
    static final double MAX_SNAP_M = 300;

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
            RoadNetwork.Snap[] snaps = new RoadNetwork.Snap[points.length];
            for (int i = 0; i < points.length && why == null; i++) {
                snaps[i] = RoadNetwork.snap(db, points[i][0], points[i][1]);
                if (snaps[i].metres() > MAX_SNAP_M) {
                    why = String.format(Locale.ROOT, "checkpoint %d is %.0f m from the nearest street (more than %.0f m)",
                            ids.get(i), snaps[i].metres(), MAX_SNAP_M);
                }
            }
            if (why == null) {
                double[][] cost = streetCost(snaps);
                why = disconnected(cost);
                if (why == null) {
                    int[] order = order(cost);
                    return answer(order, cost, Route.ROAD_NETWORK, null, streetPath(order, snaps));
                }
            }
        }
        double[][] cost = Geodesy.matrix(points);
        int[] order = order(cost);
        CoordinateList line = new CoordinateList();
        for (int i : order) {
            line.add(new Coordinate(points[i][0], points[i][1]), false);
        }
        return answer(order, cost, Route.STRAIGHT_LINE, why, line);
    }

    private int[] order(double[][] cost) {
        return keepOrder ? IntStream.range(0, points.length).toArray() : TourOrder.shortestPath(cost);
    }

    private double[][] streetCost(RoadNetwork.Snap[] snaps) throws SQLException {
        long[] vertices = new long[snaps.length];
        for (int i = 0; i < snaps.length; i++) {
            vertices[i] = snaps[i].vertex();
        }
        Map<String, Double> metres = RoadNetwork.distances(db, vertices);
        int n = snaps.length;
        double[][] cost = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                if (i == j) {
                    continue;
                }
                Double road = vertices[i] == vertices[j] ? Double.valueOf(0) : metres.get(vertices[i] + ">" + vertices[j]);
                cost[i][j] = road == null ? Double.POSITIVE_INFINITY : snaps[i].metres() + road + snaps[j].metres();
            }
        }
        return cost;
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

    private CoordinateList streetPath(int[] order, RoadNetwork.Snap[] snaps) throws SQLException {
        CoordinateList line = new CoordinateList();
        for (int k = 0; k < order.length; k++) {
            int i = order[k];
            line.add(new Coordinate(points[i][0], points[i][1]), false);
            if (k + 1 < order.length) {
                // out from the checkpoint to its junction, then along the streets to the next one's
                line.add(new Coordinate(snaps[i].lon(), snaps[i].lat()), false);
                line.addAll(RoadNetwork.path(db, snaps[i].vertex(), snaps[order[k + 1]].vertex()), false);
            }
        }
        return line;
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
