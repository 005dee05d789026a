package org.gridpatrol.geoserver.ogc;

import java.util.List;
import java.util.Map;

/**
 * One layer of a WMTS.
 *
 * @param identifier     the value of {@code LAYER=}
 * @param title          the human title
 * @param styles         style identifiers, the default one first
 * @param formats        tile formats
 * @param tileMatrixSets identifiers of the sets the layer is tiled in
 * @param geographic     the extent in longitude/latitude, or null
 * @param tileTemplates  RESTful tile URL templates by format ({@code {TileMatrix}}, {@code {TileRow}}, …)
 */
public record WmtsLayer(String identifier, String title, List<String> styles, List<String> formats,
                        List<String> tileMatrixSets, BoundingBox geographic, Map<String, String> tileTemplates) {
}
