package org.gridpatrol.engine.route;

/** Distances on the sphere, in metres, for straight-line routes. */
public final class Geodesy {
    private static final double EARTH_RADIUS_M = 6_371_008.8;

    private Geodesy() {
    }

    /** @return the great-circle distance between two WGS84 points, in metres (haversine) */
    public static double metres(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** @return the matrix of straight-line distances between points given as {lon, lat} */
    public static double[][] matrix(double[][] points) {
        int n = points.length;
        double[][] cost = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                cost[i][j] = cost[j][i] = metres(points[i][0], points[i][1], points[j][0], points[j][1]);
            }
        }
        return cost;
    }
}
