package org.gridpatrol.district.geo;

import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * A local metric plane around the district centre, and the way back to WGS84.
 *
 * <p>The district is drawn in metres (x east, y north) and stored in lon/lat rounded to 7 decimals
 * (about 1 cm). {@link #lonLatPrecision()} is that rounding; every lon/lat geometry this frame makes
 * already sits on it, so what is written out is exactly what was computed with. Over a few kilometres
 * the equirectangular mapping with the WGS84 radii of curvature at the centre is good to well under
 * a metre.
 */
public final class LocalFrame {

    private static final double A = 6_378_137.0;
    private static final double E2 = 0.006_694_379_990_14;
    private static final PrecisionModel SEVEN_DECIMALS = new PrecisionModel(1e7);

    private final double lon0;
    private final double lat0;
    private final double metresPerDegreeLon;
    private final double metresPerDegreeLat;
    private final GeometryFactory metric = new GeometryFactory();
    private final GeometryFactory lonLat = new GeometryFactory(SEVEN_DECIMALS, 4326);

    public LocalFrame(double lon0, double lat0) {
        this.lon0 = lon0;
        this.lat0 = lat0;
        double phi = Math.toRadians(lat0);
        double w = 1 - E2 * Math.sin(phi) * Math.sin(phi);
        double meridional = A * (1 - E2) / Math.pow(w, 1.5);
        double primeVertical = A / Math.sqrt(w);
        this.metresPerDegreeLat = Math.toRadians(1) * meridional;
        this.metresPerDegreeLon = Math.toRadians(1) * primeVertical * Math.cos(phi);
    }

    /** Factory of geometries in metres (floating precision). */
    public GeometryFactory metric() {
        return metric;
    }

    /** Factory of lon/lat geometries (SRID 4326, 7 decimals). */
    public GeometryFactory lonLat() {
        return lonLat;
    }

    public static PrecisionModel lonLatPrecision() {
        return SEVEN_DECIMALS;
    }

    public Coordinate toLonLat(Coordinate m) {
        return new Coordinate(
                SEVEN_DECIMALS.makePrecise(lon0 + m.x / metresPerDegreeLon),
                SEVEN_DECIMALS.makePrecise(lat0 + m.y / metresPerDegreeLat));
    }

    public Coordinate toMetres(Coordinate ll) {
        return new Coordinate((ll.x - lon0) * metresPerDegreeLon, (ll.y - lat0) * metresPerDegreeLat);
    }

    /** A copy of a metric geometry in lon/lat, every coordinate rounded to 7 decimals. */
    @SuppressWarnings("unchecked")
    public <G extends Geometry> G toLonLat(G metres) {
        return (G) map(metres, lonLat, this::toLonLat);
    }

    /** A copy of a lon/lat geometry in metres. */
    @SuppressWarnings("unchecked")
    public <G extends Geometry> G toMetres(G lonLatGeometry) {
        return (G) map(lonLatGeometry, metric, this::toMetres);
    }

    private static Geometry map(Geometry g, GeometryFactory target, UnaryOperator<Coordinate> f) {
        Geometry copy = target.createGeometry(g);
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                Coordinate c = f.apply(seq.getCoordinate(i));
                seq.setOrdinate(i, CoordinateSequence.X, c.x);
                seq.setOrdinate(i, CoordinateSequence.Y, c.y);
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
