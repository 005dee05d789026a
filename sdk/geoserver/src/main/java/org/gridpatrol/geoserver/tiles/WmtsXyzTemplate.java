package org.gridpatrol.geoserver.tiles;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.geoserver.ogc.Kvp;
import org.gridpatrol.geoserver.ogc.TileMatrix;
import org.gridpatrol.geoserver.ogc.TileMatrixSet;
import org.gridpatrol.geoserver.ogc.WmtsCapabilities;
import org.gridpatrol.geoserver.ogc.WmtsLayer;

/**
 * Turns a WMTS layer in a regular web-mercator set (every matrix at the scale of XYZ zoom z, named
 * {@code prefix + z}, with the world's top-left corner as origin — GeoServer's EPSG:900913 and the OGC
 * GoogleMapsCompatible set) into an XYZ URL template. The desktop keeps the template and needs no
 * capabilities document at start-up; other sets are read through {@link WmtsTileSource}.
 */
public final class WmtsXyzTemplate {
    private WmtsXyzTemplate() {
    }

    /**
     * @param capabilities the server's capabilities
     * @param layer        the layer
     * @param set          one of the layer's tile matrix sets
     * @param format       the tile format
     * @param style        the style identifier
     * @return the template with {@code {z}}, {@code {x}}, {@code {y}}, or empty when the set is not regular
     */
    public static Optional<String> of(WmtsCapabilities capabilities, WmtsLayer layer, TileMatrixSet set, String format,
                                      String style) {
        if (!WmtsTileSource.supports(set) || set.matrices().isEmpty()) {
            return Optional.empty();
        }
        String prefix = null;
        for (TileMatrix m : set.matrices()) {
            int z = (int) Math.round(Math.log(WebMercator.SCALE_AT_Z0 / m.scaleDenominator()) / Math.log(2));
            String zText = Integer.toString(z);
            boolean regular = Math.abs(m.scaleDenominator() - WebMercator.SCALE_AT_Z0 / Math.pow(2, z)) < m.scaleDenominator() * 0.01
                    && Math.abs(m.left() + WebMercator.HALF_WORLD) < 1 && Math.abs(m.top() - WebMercator.HALF_WORLD) < 1
                    && m.identifier().endsWith(zText);
            String p = regular ? m.identifier().substring(0, m.identifier().length() - zText.length()) : null;
            if (p == null || prefix != null && !prefix.equals(p)) {
                return Optional.empty();
            }
            prefix = p;
        }
        String rest = layer.tileTemplates().get(format);
        if (rest != null) {
            return Optional.of(rest.replace("{Style}", style).replace("{style}", style)
                    .replace("{TileMatrixSet}", set.identifier()).replace("{TileMatrix}", prefix + "{z}")
                    .replace("{TileRow}", "{y}").replace("{TileCol}", "{x}"));
        }
        if (capabilities.getTileUrl() == null) {
            return Optional.empty();
        }
        Map<String, String> p = new LinkedHashMap<>();
        p.put("SERVICE", "WMTS");
        p.put("VERSION", "1.0.0");
        p.put("REQUEST", "GetTile");
        p.put("LAYER", layer.identifier());
        p.put("STYLE", style);
        p.put("FORMAT", format);
        p.put("TILEMATRIXSET", set.identifier());
        String matrix = URLEncoder.encode(prefix, StandardCharsets.UTF_8).replace("%3A", ":");
        return Optional.of(Kvp.append(capabilities.getTileUrl(), p) + "&TILEMATRIX=" + matrix + "{z}&TILEROW={y}&TILECOL={x}");
    }
}
