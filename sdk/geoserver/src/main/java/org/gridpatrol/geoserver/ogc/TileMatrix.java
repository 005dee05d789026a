package org.gridpatrol.geoserver.ogc;

/**
 * One zoom level of a WMTS tile matrix set. The top-left corner is held east-first whatever the
 * document's axis order.
 *
 * @param identifier       the value of {@code TILEMATRIX=}
 * @param scaleDenominator the scale at 0.28 mm pixels
 * @param left             west edge of column 0, in CRS units
 * @param top              north edge of row 0, in CRS units
 * @param tileWidth        pixels
 * @param tileHeight       pixels
 * @param matrixWidth      columns
 * @param matrixHeight     rows
 */
public record TileMatrix(String identifier, double scaleDenominator, double left, double top, int tileWidth,
                         int tileHeight, int matrixWidth, int matrixHeight) {

    /**
     * @param crs the CRS of the set
     * @return the size of one pixel in CRS units (OGC WMTS 1.0.0, 6.1)
     */
    public double pixelSpan(String crs) {
        return scaleDenominator * Crs.PIXEL_SIZE_M / Crs.metresPerUnit(crs);
    }

    /**
     * The tile holding a point.
     *
     * @param crs the CRS of the set
     * @param x   east coordinate
     * @param y   north coordinate
     * @return {column, row}, possibly outside the matrix when the point is
     */
    public long[] tileAt(String crs, double x, double y) {
        double span = pixelSpan(crs);
        return new long[] {(long) Math.floor((x - left) / (span * tileWidth)),
                (long) Math.floor((top - y) / (span * tileHeight))};
    }

    /**
     * @param crs    the CRS of the set
     * @param column the tile's column
     * @param row    the tile's row
     * @return the tile's extent, east-first
     */
    public BoundingBox tileBox(String crs, long column, long row) {
        double w = pixelSpan(crs) * tileWidth;
        double h = pixelSpan(crs) * tileHeight;
        return new BoundingBox(crs, left + column * w, top - (row + 1) * h, left + (column + 1) * w, top - row * h);
    }
}
