package org.gridpatrol.geoserver.http;

import java.awt.image.BufferedImage;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.gridpatrol.geoserver.ogc.GetTileRequest;
import org.gridpatrol.geoserver.ogc.Kvp;
import org.gridpatrol.geoserver.ogc.MapServiceException;
import org.gridpatrol.geoserver.ogc.WmtsCapabilities;
import org.gridpatrol.geoserver.ogc.WmtsCapabilitiesReader;

/** A WMTS: its capabilities (cached) and its tiles as images. */
public final class WmtsClient {
    private final OgcHttp http;
    private final CapabilitiesCache<WmtsCapabilities> cache;
    private final WmtsCapabilitiesReader reader = new WmtsCapabilitiesReader();

    /**
     * @param http  the transport
     * @param cache where capabilities are kept
     */
    public WmtsClient(OgcHttp http, CapabilitiesCache<WmtsCapabilities> cache) {
        this.http = http;
        this.cache = cache;
    }

    /**
     * @param http the transport; capabilities are kept 10 minutes
     */
    public WmtsClient(OgcHttp http) {
        this(http, new CapabilitiesCache<>(Clock.systemUTC(), Duration.ofMinutes(10)));
    }

    /**
     * @param service the KVP service URL (e.g. GeoServer's {@code /geoserver/gwc/service/wmts})
     * @return the capabilities
     * @throws MapServiceException when the server is unreachable, not a WMTS, refuses, or wants credentials
     * @throws InterruptedException when interrupted
     */
    public WmtsCapabilities capabilities(URI service) throws MapServiceException, InterruptedException {
        URI uri = Kvp.append(service, Map.of("SERVICE", "WMTS", "VERSION", "1.0.0", "REQUEST", "GetCapabilities"));
        WmtsCapabilities cached = cache.get(uri);
        if (cached != null) {
            return cached;
        }
        WmtsCapabilities read = reader.read(http.get(uri).body(), service);
        cache.put(uri, read);
        return read;
    }

    /**
     * @param capabilities the server's capabilities
     * @param request      the tile wanted
     * @return the decoded tile
     * @throws MapServiceException on an exception report, an undecodable answer or transport trouble
     * @throws InterruptedException when interrupted
     */
    public BufferedImage tile(WmtsCapabilities capabilities, GetTileRequest request)
            throws MapServiceException, InterruptedException {
        var layer = capabilities.layer(request.layer()).orElseThrow(
                () -> new org.gridpatrol.geoserver.ogc.ServiceExceptionAnswer("LayerNotDefined", request.layer()));
        URI uri = request.toUri(capabilities, layer);
        return WmsClient.image(http.get(uri), uri, "WMTS");
    }
}
