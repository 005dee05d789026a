package org.gridpatrol.geoserver.ogc;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A WMTS GetTile request, written as KVP or through the layer's RESTful template.
 *
 * @param layer      the layer identifier
 * @param style      the style identifier
 * @param format     the tile format
 * @param matrixSet  the tile matrix set identifier
 * @param matrix     the tile matrix identifier
 * @param row        the tile row (from the top)
 * @param column     the tile column (from the left)
 */
public record GetTileRequest(String layer, String style, String format, String matrixSet, String matrix, long row,
                             long column) {

    /**
     * @param service the KVP GetTile URL from the capabilities
     * @return the KVP request URL
     */
    public URI toKvpUri(URI service) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("SERVICE", "WMTS");
        p.put("VERSION", "1.0.0");
        p.put("REQUEST", "GetTile");
        p.put("LAYER", layer);
        p.put("STYLE", style);
        p.put("FORMAT", format);
        p.put("TILEMATRIXSET", matrixSet);
        p.put("TILEMATRIX", matrix);
        p.put("TILEROW", Long.toString(row));
        p.put("TILECOL", Long.toString(column));
        return Kvp.append(service, p);
    }

    /**
     * @param template a ResourceURL template of the layer
     * @return the RESTful request URL
     */
    public URI toRestUri(String template) {
        return URI.create(template.replace("{Style}", style).replace("{style}", style)
                .replace("{TileMatrixSet}", matrixSet).replace("{TileMatrix}", matrix)
                .replace("{TileRow}", Long.toString(row)).replace("{TileCol}", Long.toString(column)));
    }

    /**
     * Picks the RESTful template for the format when the layer has one, else KVP.
     *
     * @param capabilities the server's capabilities
     * @param wmtsLayer    the layer
     * @return the request URL
     */
    public URI toUri(WmtsCapabilities capabilities, WmtsLayer wmtsLayer) {
        String template = wmtsLayer.tileTemplates().get(format);
        if (template != null || capabilities.getTileUrl() == null) {
            return toRestUri(template != null ? template : wmtsLayer.tileTemplates().values().iterator().next());
        }
        return toKvpUri(capabilities.getTileUrl());
    }
}
