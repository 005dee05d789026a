package org.gridpatrol.geoserver.tiles;

import java.net.URI;
import org.gridpatrol.geoserver.ogc.BoundingBox;
import org.gridpatrol.geoserver.ogc.Crs;
import org.gridpatrol.geoserver.ogc.GetMapRequest;
import org.gridpatrol.geoserver.ogc.WmsCapabilities;
import org.gridpatrol.geoserver.ogc.WmsLayer;
import org.jxmapviewer.viewer.TileFactoryInfo;

/**
 * Map tiles cut from a WMS: one 256-pixel GetMap per web-mercator tile. Asks in EPSG:3857 when the layer
 * offers it (under any of its names), so tiles match the viewer exactly; otherwise in EPSG:4326 (or
 * EPSG:4490, CGCS2000), whose boxes over a city's extent differ from mercator by less than a pixel.
 */
public final class WmsTileSource extends TileFactoryInfo {
    private final URI getMap;
    private final String version;
    private final String layers;
    private final String styles;
    private final String format;
    private final String crs;

    /**
     * @param capabilities the server's capabilities (for the GetMap URL, version and formats)
     * @param layer        the layer to show
     * @param style        the style name, or empty for the default
     */
    public WmsTileSource(WmsCapabilities capabilities, WmsLayer layer, String style) {
        this(layer.title().isEmpty() ? layer.name() : layer.title(), capabilities.getMapUrl(), capabilities.version(),
                layer.name(), style, capabilities.mapFormats().contains("image/png") || capabilities.mapFormats().isEmpty()
                        ? "image/png" : capabilities.mapFormats().get(0), pickCrs(layer));
    }

    /**
     * @param name    shown to the supervisor
     * @param getMap  the GetMap URL
     * @param version 1.1.1 or 1.3.0
     * @param layers  layer names, comma-separated
     * @param styles  style names, comma-separated (or empty)
     * @param format  image format
     * @param crs     the CRS to ask in: web mercator or a geographic one
     */
    public WmsTileSource(String name, URI getMap, String version, String layers, String styles, String format, String crs) {
        super(name, 0, WebMercator.TOTAL_ZOOM - 2, WebMercator.TOTAL_ZOOM, 256, true, true, getMap.toString(), "x", "y", "z");
        this.getMap = getMap;
        this.version = version;
        this.layers = layers;
        this.styles = styles;
        this.format = format;
        this.crs = crs;
    }

    /**
     * @param layer a layer
     * @return the CRS tiles should be asked in
     */
    public static String pickCrs(WmsLayer layer) {
        for (String c : layer.crs()) {
            if (Crs.isWebMercator(c)) {
                return c;
            }
        }
        return layer.offers("EPSG:4490") && !layer.offers("EPSG:4326") ? "EPSG:4490" : "EPSG:4326";
    }

    @Override
    public String getTileUrl(int x, int y, int zoom) {
        BoundingBox box = WebMercator.tileBox(x, y, getTotalMapZoom() - zoom);
        if (!Crs.isWebMercator(crs)) {
            box = WebMercator.toGeographic(box, crs);
        } else {
            box = new BoundingBox(crs, box.minX(), box.minY(), box.maxX(), box.maxY());
        }
        return new GetMapRequest(version, layers, styles, box, 256, 256, format, false).toUri(getMap).toString();
    }
}
