package org.gridpatrol.geoserver.ogc;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * What a WMS says about itself.
 *
 * @param version    the version the server answered with (1.1.1 or 1.3.0)
 * @param title      the service title
 * @param getMapUrl  where GetMap requests go (the online resource the server advertises)
 * @param mapFormats the image formats of GetMap
 * @param layers     the named layers, in document order
 */
public record WmsCapabilities(String version, String title, URI getMapUrl, List<String> mapFormats,
                              List<WmsLayer> layers) {

    /**
     * @param name a layer name
     * @return the layer of that name
     */
    public Optional<WmsLayer> layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst();
    }
}
