package org.gridpatrol.engine.route;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TourOrderTest {

    @Test
    void pointsOnALineAreWalkedEndToEnd() {
        double[][] points = {{3, 0}, {0, 0}, {5, 0}, {1, 0}, {4, 0}};
        int[] order = TourOrder.shortestPath(planar(points));
        assertEquals(5.0, TourOrder.length(order, planar(points)), 1e-9);
        int[] forward = {1, 3, 0, 4, 2};
        int[] backward = {2, 4, 0, 3, 1};
        assertEquals(true, java.util.Arrays.equals(order, forward) || java.util.Arrays.equals(order, backward),
                java.util.Arrays.toString(order));
    }

    @Test
    void theCornersOfASquareAreThreeSides() {
        double[][] corners = {{0, 0}, {1, 1}, {1, 0}, {0, 1}};
        int[] order = TourOrder.shortestPath(planar(corners));
        assertEquals(3.0, TourOrder.length(order, planar(corners)), 1e-9);
    }

    @Test
    void matchesBruteForceOnSmallRandomSets() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            int n = 3 + random.nextInt(5);
            double[][] points = new double[n][2];
            for (double[] p : points) {
                p[0] = random.nextDouble() * 1000;
                p[1] = random.nextDouble() * 1000;
            }
            double[][] cost = planar(points);
            double best = bruteForce(cost);
            assertEquals(best, TourOrder.length(TourOrder.shortestPath(cost), cost), best * 0.02 + 1e-6, "round " + round);
        }
    }

    @Test
    void twoPlacesKeepTheirOrder() {
        assertArrayEquals(new int[] {0, 1}, TourOrder.shortestPath(new double[][] {{0, 7}, {7, 0}}));
    }

    @Test
    void haversineGivesAKnownDistance() {
        // one degree of latitude on the mean sphere is 111.195 km
        assertEquals(111_195, Geodesy.metres(117, 32, 117, 33), 1);
    }

    private static double[][] planar(double[][] points) {
        int n = points.length;
        double[][] cost = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                cost[i][j] = Math.hypot(points[i][0] - points[j][0], points[i][1] - points[j][1]);
            }
        }
        return cost;
    }

    private static double bruteForce(double[][] cost) {
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < cost.length; i++) {
            rest.add(i);
        }
        return permute(new ArrayList<>(), rest, cost);
    }

    private static double permute(List<Integer> done, List<Integer> rest, double[][] cost) {
        if (rest.isEmpty()) {
            return TourOrder.length(done.stream().mapToInt(Integer::intValue).toArray(), cost);
        }
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < rest.size(); i++) {
            List<Integer> nextDone = new ArrayList<>(done);
            nextDone.add(rest.get(i));
            List<Integer> nextRest = new ArrayList<>(rest);
            nextRest.remove(i);
            best = Math.min(best, permute(nextDone, nextRest, cost));
        }
        return best;
    }
}
