package org.gridpatrol.server.ingest;

/**
 * China's GCJ-02 datum shift, which many phones' location SDKs apply. The shift is
 * a published obfuscation formula of WGS84 positions inside China (outside it
 * the two agree); the inverse has no closed form, so it is found by fixed-point
 * iteration, which converges to well under a millimetre in a few steps.
 */
public final class Gcj02 {
    private static final double A = 6378245.0;          // Krasovsky 1940 semi-major axis
    private static final double EE = 0.00669342162296594323; // its first eccentricity squared

    private Gcj02() {
    }

    /**
     * @param lon WGS84 longitude
     * @param lat WGS84 latitude
     * @return the GCJ-02 {lon, lat} of that position
     */
    public static double[] fromWgs84(double lon, double lat) {
        if (outsideChina(lon, lat)) {
            return new double[] {lon, lat};
        }
        double[] d = shift(lon, lat);
        return new double[] {lon + d[0], lat + d[1]};
    }

    /**
     * @param lon GCJ-02 longitude
     * @param lat GCJ-02 latitude
     * @return the WGS84 {lon, lat} whose GCJ-02 shift gives that position
     */
    public static double[] toWgs84(double lon, double lat) {
        if (outsideChina(lon, lat)) {
            return new double[] {lon, lat};
        }
        double wLon = lon;
        double wLat = lat;
        for (int i = 0; i < 10; i++) {
            double[] d = shift(wLon, wLat);
            double nextLon = lon - d[0];
            double nextLat = lat - d[1];
            boolean settled = Math.abs(nextLon - wLon) < 1e-10 && Math.abs(nextLat - wLat) < 1e-10;
            wLon = nextLon;
            wLat = nextLat;
            if (settled) {
                break;
            }
        }
        return new double[] {wLon, wLat};
    }

    static boolean outsideChina(double lon, double lat) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    private static double[] shift(double lon, double lat) {
        double x = lon - 105.0;
        double y = lat - 35.0;
        double dLat = latitudeShift(x, y);
        double dLon = longitudeShift(x, y);
        double radLat = Math.toRadians(lat);
        double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new double[] {dLon, dLat};
    }

    private static double latitudeShift(double x, double y) {
        double r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return r;
    }

    private static double longitudeShift(double x, double y) {
        double r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        r += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        r += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        r += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return r;
    }
}
