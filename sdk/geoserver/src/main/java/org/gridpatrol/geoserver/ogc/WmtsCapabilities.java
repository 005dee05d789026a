package org.gridpatrol.geoserver.ogc;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What a WMTS says about itself.
 *
 * @param title          the service title
 * @param getTileUrl     where KVP GetTile requests go, or null when the server offers only RESTful templates
 * @param layers         the layers
 * @param tileMatrixSets the tile matrix sets
 */
public record WmtsCapabilities(String title, URI getTileUrl, List<WmtsLayer> layers, List<TileMatrixSet> tileMatrixSets) {

    /**
     * @param identifier a layer identifier
     * @return the layer
     */
    public Optional<WmtsLayer> layer(String identifier) {
        return layers.stream().filter(l -> l.identifier().equals(identifier)).findFirst();
    }

    /**
     * @param identifier a tile matrix set identifier
     * @return the set
     */
    public Optional<TileMatrixSet> tileMatrixSet(String identifier) {
        return tileMatrixSets.stream().filter(s -> s.identifier().equals(identifier)).findFirst();
    }
}
