package org.gridpatrol.desktop.map.layers;

import java.awt.geom.Point2D;
import java.util.Locale;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.viewer.GeoPosition;
import org.jxmapviewer.viewer.TileFactory;

/**
 * A scale bar: a round length (1, 2 or 5 times a power of ten metres) and the pixels it spans at
 * the map's zoom and latitude.
 *
 * @param metres the length the bar stands for
 * @param pixels its length on screen
 */
public record ScaleBar(double metres, double pixels) {
    /** WGS84 semi-major axis, metres. */
    private static final double A = 6_378_137.0;
    /** WGS84 first eccentricity squared. */
    private static final double E2 = 6.694_379_990_14e-3;
    private static final double[] STEPS = {1, 2, 5};

    /** @return metres along the parallel of {@code lat} per degree of longitude, on the WGS84 ellipsoid */
    public static double metresPerDegreeOfLongitude(double lat) {
        double sin = Math.sin(Math.toRadians(lat));
        return Math.toRadians(1) * A * Math.cos(Math.toRadians(lat)) / Math.sqrt(1 - E2 * sin * sin);
    }

    /**
     * @return metres per pixel across the map's centre, whatever its projection: the tile factory
     *         says how many pixels a hundredth of a degree of longitude spans there
     */
    public static double metresPerPixel(JXMapViewer map) {
        TileFactory tiles = map.getTileFactory();
        GeoPosition centre = map.getCenterPosition();
        double lat = centre.getLatitude();
        Point2D west = tiles.geoToPixel(new GeoPosition(lat, centre.getLongitude() - 0.005), map.getZoom());
        Point2D east = tiles.geoToPixel(new GeoPosition(lat, centre.getLongitude() + 0.005), map.getZoom());
        return 0.01 * metresPerDegreeOfLongitude(lat) / (east.getX() - west.getX());
    }

    /** @return the longest round length whose bar fits in {@code maxPixels} at {@code metresPerPixel} */
    public static ScaleBar fitting(double metresPerPixel, double maxPixels) {
        double best = 0;
        for (double power = Math.pow(10, Math.floor(Math.log10(metresPerPixel * maxPixels)) - 1);
             power * STEPS[0] / metresPerPixel <= maxPixels; power *= 10) {
            for (double step : STEPS) {
                if (power * step / metresPerPixel <= maxPixels) {
                    best = Math.max(best, power * step);
                }
            }
        }
        return new ScaleBar(best, best / metresPerPixel);
    }

    /** @return the length as people write it: {@code 200 m}, {@code 2 km}, {@code 0.5 m} */
    public String label() {
        if (metres >= 1000) {
            return String.format(Locale.ROOT, "%s km", number(metres / 1000));
        }
        return String.format(Locale.ROOT, "%s m", number(metres));
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
