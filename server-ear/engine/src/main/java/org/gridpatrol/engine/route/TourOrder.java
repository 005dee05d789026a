package org.gridpatrol.engine.route;

import java.util.stream.IntStream;

/**
 * The order in which to walk a set of places, given what it costs to go from each to each: an open
 * path (the officer does not have to come back), found by nearest neighbour from every start and
 * then improved by 2-opt until no reversal shortens it. Exact for the handful of checkpoints a plan
 * has up to about eight, and within a few per cent beyond.
 */
public final class TourOrder {
    private TourOrder() {
    }

    /**
     * @param cost cost[i][j] of going from place i to place j (metres); symmetric;
     *             {@code Double.POSITIVE_INFINITY} when j cannot be reached from i
     * @return the places' indices in walking order
     */
    public static int[] shortestPath(double[][] cost) {
        int n = cost.length;
        if (n <= 2) {
            return IntStream.range(0, n).toArray();
        }
        int[] best = null;
        double bestLength = Double.POSITIVE_INFINITY;
        for (int start = 0; start < n; start++) {
            int[] path = twoOpt(nearestNeighbour(cost, start), cost);
            double length = length(path, cost);
            if (best == null || length < bestLength - 1e-9) {
                best = path;
                bestLength = length;
            }
        }
        return best;
    }

    /** @return the cost of walking the places in that order */
    public static double length(int[] path, double[][] cost) {
        double sum = 0;
        for (int i = 1; i < path.length; i++) {
            sum += cost[path[i - 1]][path[i]];
        }
        return sum;
    }

    static int[] nearestNeighbour(double[][] cost, int start) {
        int n = cost.length;
        boolean[] used = new boolean[n];
        int[] path = new int[n];
        path[0] = start;
        used[start] = true;
        for (int i = 1; i < n; i++) {
            int from = path[i - 1];
            int next = -1;
            for (int j = 0; j < n; j++) {
                if (!used[j] && (next < 0 || cost[from][j] < cost[from][next])) {
                    next = j;
                }
            }
            path[i] = next;
            used[next] = true;
        }
        return path;
    }

    /** Reverses stretches of the path while that shortens it; the ends may move too (open path). */
    static int[] twoOpt(int[] path, double[][] cost) {
        int n = path.length;
        boolean better = true;
        while (better) {
            better = false;
            for (int i = 0; i < n - 1; i++) {
                for (int k = i + 1; k < n; k++) {
                    double before = edge(path, i - 1, i, cost) + edge(path, k, k + 1, cost);
                    double after = edge(path, i - 1, k, cost) + edge(path, i, k + 1, cost);
                    if (after < before - 1e-9) {
                        reverse(path, i, k);
                        better = true;
                    }
                }
            }
        }
        return path;
    }

    /** The cost between positions a and b of the path; nothing beyond either end. */
    private static double edge(int[] path, int a, int b, double[][] cost) {
        if (a < 0 || b >= path.length) {
            return 0;
        }
        return cost[path[a]][path[b]];
    }

    private static void reverse(int[] path, int i, int k) {
        while (i < k) {
            int t = path[i];
            path[i++] = path[k];
            path[k--] = t;
        }
    }
}
