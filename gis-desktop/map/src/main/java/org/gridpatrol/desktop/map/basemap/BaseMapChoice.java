package org.gridpatrol.desktop.map.basemap;

import java.util.Locale;
import java.util.Optional;
import org.gridpatrol.geoserver.ogc.MapServiceException;
import org.gridpatrol.geoserver.ogc.TileMatrixSet;
import org.gridpatrol.geoserver.ogc.WmsCapabilities;
import org.gridpatrol.geoserver.ogc.WmsLayer;
import org.gridpatrol.geoserver.ogc.WmtsCapabilities;
import org.gridpatrol.geoserver.ogc.WmtsLayer;
import org.gridpatrol.geoserver.tiles.WmsTileSource;
import org.gridpatrol.geoserver.tiles.WmtsXyzTemplate;

/** Turns a layer picked from a server's capabilities into a {@link BaseMap} that needs no network to start. */
public final class BaseMapChoice {
    private BaseMapChoice() {
    }

    /**
     * @param capabilities the WMS's capabilities
     * @param layer        the chosen layer
     * @return a WMS base map asking that layer's GetMap URL, version and best CRS
     */
    public static BaseMap wms(WmsCapabilities capabilities, WmsLayer layer) {
        String crs = WmsTileSource.pickCrs(layer);
        return new BaseMap(BaseMap.Kind.WMS, capabilities.getMapUrl().toString(),
                layer.name() + ";" + capabilities.version() + ";" + crs + ";");
    }

    /**
     * @param capabilities the WMTS's capabilities
     * @param layer        the chosen layer
     * @return a WMTS base map over the layer's first regular web-mercator set, or empty when it has none
     */
    public static Optional<BaseMap> wmts(WmtsCapabilities capabilities, WmtsLayer layer) {
        String format = layer.formats().contains("image/png") || layer.formats().isEmpty() ? "image/png" : layer.formats().get(0);
        String style = layer.styles().isEmpty() ? "default" : layer.styles().get(0);
        for (String id : layer.tileMatrixSets()) {
            Optional<TileMatrixSet> set = capabilities.tileMatrixSet(id);
            Optional<String> template = set.flatMap(s -> WmtsXyzTemplate.of(capabilities, layer, s, format, style));
            if (template.isPresent()) {
                return Optional.of(new BaseMap(BaseMap.Kind.WMTS, template.get(), layer.identifier()));
            }
        }
        return Optional.empty();
    }

    /**
     * @param e what went wrong
     * @return the sentence in the desktop's language
     */
    public static String message(MapServiceException e) {
        return Locale.getDefault().getLanguage().equals("zh") ? e.chinese() : e.english();
    }
}
