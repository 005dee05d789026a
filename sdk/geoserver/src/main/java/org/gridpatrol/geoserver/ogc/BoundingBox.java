package org.gridpatrol.geoserver.ogc;

/**
 * A box in a CRS, always held east-first: {@code minX}/{@code maxX} are longitude or easting,
 * {@code minY}/{@code maxY} latitude or northing, whatever axis order the document used.
 *
 * @param crs  the CRS identifier as the server spelt it (e.g. {@code EPSG:4326}, {@code CRS:84})
 * @param minX west
 * @param minY south
 * @param maxX east
 * @param maxY north
 */
public record BoundingBox(String crs, double minX, double minY, double maxX, double maxY) {

    /** @return the box's width in its CRS units */
    public double width() {
        return maxX - minX;
    }

    /** @return the box's height in its CRS units */
    public double height() {
        return maxY - minY;
    }

    /**
     * @param x east coordinate
     * @param y north coordinate
     * @return whether the point lies in the box (edges included)
     */
    public boolean contains(double x, double y) {
        return x >= minX && x <= maxX && y >= minY && y <= maxY;
    }
}
