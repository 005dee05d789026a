package org.gridpatrol.engine.coverage;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * An equirectangular plane in metres around a reference point, applied to whole JTS geometries
 * (both ways). At grid scale its error is far below GPS noise, and it keeps areas and lengths
 * honest in metres.
 *
 * <p>The plane is turned by half a radian: grids and streets mostly run north–south and
 * east–west, and a raster whose rows ran along their edges would count cells with the same
 * rounding along a whole edge; turned, the rounding averages out. Areas and lengths do not change.
 */
final class MetricPlane {
    private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180.0;

    private final double lon0;
    private final double lat0;
    private static final double COS = Math.cos(0.5);
    private static final double SIN = Math.sin(0.5);

    private final double kx;

    MetricPlane(double lon0, double lat0) {
        this.lon0 = lon0;
        this.lat0 = lat0;
        this.kx = METRES_PER_DEGREE * Math.cos(Math.toRadians(lat0));
    }

    /** @return the position in metres */
    Coordinate coordinate(double lon, double lat) {
        double x = (lon - lon0) * kx;
        double y = (lat - lat0) * METRES_PER_DEGREE;
        return new Coordinate(x * COS - y * SIN, x * SIN + y * COS);
    }

    /** @return a copy of the lon/lat geometry in metres */
    Geometry toMetres(Geometry lonLat) {
        return transformed(lonLat, true);
    }

    /** @return a copy of the metric geometry in lon/lat */
    Geometry toLonLat(Geometry metres) {
        return transformed(metres, false);
    }

    private Geometry transformed(Geometry source, boolean forward) {
        Geometry copy = source.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                if (forward) {
                    Coordinate c = coordinate(seq.getX(i), seq.getY(i));
                    seq.setOrdinate(i, 0, c.x);
                    seq.setOrdinate(i, 1, c.y);
                } else {
                    double x = seq.getX(i) * COS + seq.getY(i) * SIN;
                    double y = -seq.getX(i) * SIN + seq.getY(i) * COS;
                    seq.setOrdinate(i, 0, lon0 + x / kx);
                    seq.setOrdinate(i, 1, lat0 + y / METRES_PER_DEGREE);
                }
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
