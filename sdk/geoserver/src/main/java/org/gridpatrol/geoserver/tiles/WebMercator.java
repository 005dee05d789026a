package org.gridpatrol.geoserver.tiles;

import org.gridpatrol.geoserver.ogc.BoundingBox;

/**
 * The XYZ tile grid of web mercator (EPSG:3857, 256-pixel tiles, y from the top) that JXMapViewer draws,
 * and its zoom numbering: JXMapViewer's level 0 is the most detailed, so {@code z = TOTAL_ZOOM − zoom}.
 */
public final class WebMercator {
    /** Zoom levels JXMapViewer is given: z 2 … 19, as the desktop's other base maps. */
    public static final int TOTAL_ZOOM = 19;
    /** Half the world's width in EPSG:3857 metres. */
    public static final double HALF_WORLD = 20037508.342789244;
    /** The scale denominator of z 0 with 256-pixel tiles (OGC WMTS GoogleMapsCompatible). */
    public static final double SCALE_AT_Z0 = 559082264.0287178;
    private static final double RADIUS = 6378137.0;

    private WebMercator() {
    }

    /**
     * @param x column
     * @param y row from the top
     * @param z XYZ zoom
     * @return the tile's extent in EPSG:3857
     */
    public static BoundingBox tileBox(int x, int y, int z) {
        double size = 2 * HALF_WORLD / (1L << z);
        return new BoundingBox("EPSG:3857", -HALF_WORLD + x * size, HALF_WORLD - (y + 1) * size,
                -HALF_WORLD + (x + 1) * size, HALF_WORLD - y * size);
    }

    /**
     * @param box an extent in EPSG:3857
     * @param crs the geographic CRS to label the result with (EPSG:4326, EPSG:4490 or CRS:84)
     * @return the same extent in longitude/latitude
     */
    public static BoundingBox toGeographic(BoundingBox box, String crs) {
        return new BoundingBox(crs, lon(box.minX()), lat(box.minY()), lon(box.maxX()), lat(box.maxY()));
    }

    /**
     * @param lon longitude
     * @param lat latitude
     * @param z   XYZ zoom
     * @return {x, y} of the tile holding the point
     */
    public static int[] tileAt(double lon, double lat, int z) {
        double n = 1L << z;
        double rad = Math.toRadians(lat);
        int x = (int) Math.floor((lon + 180) / 360 * n);
        int y = (int) Math.floor((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * n);
        return new int[] {x, y};
    }

    private static double lon(double x) {
        return Math.toDegrees(x / RADIUS);
    }

    private static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(y / RADIUS)));
    }
}
