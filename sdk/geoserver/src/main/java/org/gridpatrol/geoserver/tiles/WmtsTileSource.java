package org.gridpatrol.geoserver.tiles;

import org.gridpatrol.geoserver.ogc.GetTileRequest;
import org.gridpatrol.geoserver.ogc.TileMatrix;
import org.gridpatrol.geoserver.ogc.TileMatrixSet;
import org.gridpatrol.geoserver.ogc.WmtsCapabilities;
import org.gridpatrol.geoserver.ogc.WmtsLayer;
import org.jxmapviewer.viewer.TileFactoryInfo;

/**
 * Tiles of a WMTS layer in a web-mercator tile matrix set (GeoServer's {@code EPSG:900913}, the OGC
 * {@code GoogleMapsCompatible}, 天地图's {@code w} sets). Each viewer zoom is matched to the matrix of the
 * same scale, and the tile's row and column are computed from the matrix's own origin, so sets that start
 * at another zoom or corner still line up. Geographic sets (EPSG:4326/4490, 天地图's {@code c}) cannot be
 * laid on a mercator viewer tile for tile: {@link #supports} says no, and the dialog offers such layers
 * through WMS instead.
 */
public final class WmtsTileSource extends TileFactoryInfo {
    private final WmtsCapabilities capabilities;
    private final WmtsLayer layer;
    private final TileMatrixSet set;
    private final String format;
    private final String style;

    /**
     * @param capabilities the server's capabilities
     * @param layer        the layer
     * @param set          a web-mercator tile matrix set of the layer
     * @param format       the tile format
     * @param style        the style identifier
     */
    public WmtsTileSource(WmtsCapabilities capabilities, WmtsLayer layer, TileMatrixSet set, String format, String style) {
        super(layer.title().isEmpty() ? layer.identifier() : layer.title(), minZoom(set), maxZoom(set),
                WebMercator.TOTAL_ZOOM, 256, true, true, layer.identifier(), "x", "y", "z");
        this.capabilities = capabilities;
        this.layer = layer;
        this.set = set;
        this.format = format;
        this.style = style;
    }

    /**
     * @param set a tile matrix set
     * @return whether it can feed a web-mercator viewer (web mercator CRS, 256-pixel tiles)
     */
    public static boolean supports(TileMatrixSet set) {
        return set.isWebMercator() && set.matrices().stream().allMatch(m -> m.tileWidth() == 256);
    }

    /**
     * @param z an XYZ zoom
     * @param set the set
     * @return the set's matrix at that zoom's scale, or null
     */
    static TileMatrix matrixAt(TileMatrixSet set, int z) {
        return set.atScale(WebMercator.SCALE_AT_Z0 / (1L << z)).orElse(null);
    }

    @Override
    public String getTileUrl(int x, int y, int zoom) {
        int z = getTotalMapZoom() - zoom;
        TileMatrix m = matrixAt(set, z);
        if (m == null) {
            return null;
        }
        var box = WebMercator.tileBox(x, y, z);
        long[] tile = m.tileAt(set.crs(), (box.minX() + box.maxX()) / 2, (box.minY() + box.maxY()) / 2);
        return new GetTileRequest(layer.identifier(), style, format, set.identifier(), m.identifier(), tile[1], tile[0])
                .toUri(capabilities, layer).toString();
    }

    // JXMapViewer's levels run the other way: the most detailed matrix gives the smallest level
    private static int minZoom(TileMatrixSet set) {
        for (int z = WebMercator.TOTAL_ZOOM; z >= 0; z--) {
            if (matrixAt(set, z) != null) {
                return WebMercator.TOTAL_ZOOM - z;
            }
        }
        return 0;
    }

    private static int maxZoom(TileMatrixSet set) {
        for (int z = 0; z <= WebMercator.TOTAL_ZOOM; z++) {
            if (matrixAt(set, z) != null) {
                return WebMercator.TOTAL_ZOOM - z;
            }
        }
        return WebMercator.TOTAL_ZOOM - 2;
    }
}
