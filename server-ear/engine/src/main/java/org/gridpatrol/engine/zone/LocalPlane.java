package org.gridpatrol.engine.zone;

/**
 * A local equirectangular plane in metres around a reference point.
 *
 * <p>At patrol scale (a few kilometres) the error against a geodesic is far below GPS noise,
 * and it costs two multiplications per coordinate, which matters when every fix is measured
 * against a grid's boundary.
 */
public final class LocalPlane {

    /** Metres per degree of latitude on a sphere of the mean Earth radius. */
    static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180.0;

    private final double lon0;
    private final double lat0;
    private final double kx;

    private LocalPlane(double lon0, double lat0) {
        this.lon0 = lon0;
        this.lat0 = lat0;
        this.kx = METRES_PER_DEGREE * Math.cos(Math.toRadians(lat0));
    }

    public static LocalPlane around(double lon, double lat) {
        return new LocalPlane(lon, lat);
    }

    public double x(double lon) {
        return (lon - lon0) * kx;
    }

    public double y(double lat) {
        return (lat - lat0) * METRES_PER_DEGREE;
    }

    /** Metres between two lon/lat positions, projected around their mean latitude. */
    public static double metresBetween(double lon1, double lat1, double lon2, double lat2) {
        double kx = METRES_PER_DEGREE * Math.cos(Math.toRadians((lat1 + lat2) / 2));
        double dx = (lon2 - lon1) * kx;
        double dy = (lat2 - lat1) * METRES_PER_DEGREE;
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** Degrees of longitude that span the given metres at a latitude. */
    static double lonDegrees(double metres, double lat) {
        return metres / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat)));
    }

    /** Degrees of latitude that span the given metres. */
    static double latDegrees(double metres) {
        return metres / METRES_PER_DEGREE;
    }
}
