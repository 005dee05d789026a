package org.gridpatrol.desktop.options.panel;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gridpatrol.desktop.options.api.BaseMapSource;
import org.gridpatrol.geoserver.http.OgcHttp;
import org.gridpatrol.geoserver.http.WmsClient;
import org.gridpatrol.geoserver.http.WmtsClient;
import org.gridpatrol.geoserver.ogc.MapServiceException;
import org.gridpatrol.geoserver.ogc.NotAMapServiceException;
import org.gridpatrol.geoserver.ogc.TileMatrixSet;
import org.gridpatrol.geoserver.ogc.WmsCapabilities;
import org.gridpatrol.geoserver.ogc.WmtsCapabilities;
import org.gridpatrol.geoserver.ogc.WmtsLayer;
import org.gridpatrol.geoserver.tiles.WmsTileSource;
import org.gridpatrol.geoserver.tiles.WmtsXyzTemplate;

/**
 * Reads a WMS's or WMTS's capabilities and offers each layer as a source that needs no network to start:
 * a WMS layer with its GetMap URL, version and best CRS; a WMTS layer as the tile template of its first
 * web-mercator matrix set (layers without one are left out).
 */
final class ServiceLayers {
    private final WmsClient wms;
    private final WmtsClient wmts;

    ServiceLayers(OgcHttp http) {
        wms = new WmsClient(http);
        wmts = new WmtsClient(http);
    }

    /** A layer to pick: its label and the source it makes. */
    record Offer(String label, BaseMapSource source) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** @return the service's layers as sources of the given kind (WMS or WMTS) */
    List<Offer> read(BaseMapSource.Kind kind, URI service) throws MapServiceException, InterruptedException {
        List<Offer> offers = new ArrayList<>();
        if (kind == BaseMapSource.Kind.WMTS) {
            WmtsCapabilities capabilities = wmts.capabilities(service);
            capabilities.layers().forEach(layer -> wmtsTemplate(capabilities, layer).ifPresent(template -> offers.add(
                    new Offer(layer.identifier() + "  " + layer.title(),
                            new BaseMapSource(kind, template, layer.identifier())))));
            return offers;
        }
        WmsCapabilities capabilities;
        try {
            capabilities = wms.capabilities(service, "1.3.0");
        } catch (NotAMapServiceException e) {
            capabilities = wms.capabilities(service, "1.1.1");
        }
        for (var layer : capabilities.layers()) {
            String layers = layer.name() + ";" + capabilities.version() + ";" + WmsTileSource.pickCrs(layer) + ";";
            offers.add(new Offer(layer.name() + "  " + layer.title(),
                    new BaseMapSource(kind, capabilities.getMapUrl().toString(), layers)));
        }
        return offers;
    }

    private static Optional<String> wmtsTemplate(WmtsCapabilities capabilities, WmtsLayer layer) {
        String format = layer.formats().contains("image/png") || layer.formats().isEmpty() ? "image/png" : layer.formats().get(0);
        String style = layer.styles().isEmpty() ? "default" : layer.styles().get(0);
        for (String id : layer.tileMatrixSets()) {
            Optional<TileMatrixSet> set = capabilities.tileMatrixSet(id);
            Optional<String> template = set.flatMap(s -> WmtsXyzTemplate.of(capabilities, layer, s, format, style));
            if (template.isPresent()) {
                return template;
            }
        }
        return Optional.empty();
    }

    /** @return the sentence in the desktop's language */
    static String message(MapServiceException e) {
        return Locale.getDefault().getLanguage().equals("zh") ? e.chinese() : e.english();
    }
}
