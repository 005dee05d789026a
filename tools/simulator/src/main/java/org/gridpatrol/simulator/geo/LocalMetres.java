package org.gridpatrol.simulator.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * A local plane in metres around a reference point (x east, y north), on a sphere of the mean
 * Earth radius — the same model the server's engine measures with, so "100 m deep" here is
 * 100 m there. At district scale the error against a geodesic is far below GPS noise.
 */
public final class LocalMetres {

    /** Metres per degree of latitude on a sphere of the mean Earth radius. */
    public static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180.0;

    private final double lon0;
    private final double lat0;
    private final double kx;

    public LocalMetres(double lon0, double lat0) {
        this.lon0 = lon0;
        this.lat0 = lat0;
        this.kx = METRES_PER_DEGREE * Math.cos(Math.toRadians(lat0));
    }

    public Coordinate toMetres(double lon, double lat) {
        return new Coordinate((lon - lon0) * kx, (lat - lat0) * METRES_PER_DEGREE);
    }

    /** @return {lon, lat} of a point of the plane */
    public double[] toLonLat(double x, double y) {
        return new double[] {lon0 + x / kx, lat0 + y / METRES_PER_DEGREE};
    }

    /** A copy of a lon/lat geometry in metres. */
    public Geometry toMetres(Geometry lonLat) {
        Geometry copy = lonLat.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lon = seq.getX(i);
                double lat = seq.getY(i);
                seq.setOrdinate(i, 0, (lon - lon0) * kx);
                seq.setOrdinate(i, 1, (lat - lat0) * METRES_PER_DEGREE);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }
}
