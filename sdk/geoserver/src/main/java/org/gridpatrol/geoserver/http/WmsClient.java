package org.gridpatrol.geoserver.http;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.gridpatrol.geoserver.ogc.GetMapRequest;
import org.gridpatrol.geoserver.ogc.MapServiceException;
import org.gridpatrol.geoserver.ogc.NotAMapServiceException;
import org.gridpatrol.geoserver.ogc.WmsCapabilities;
import org.gridpatrol.geoserver.ogc.WmsCapabilitiesReader;

/** A WMS: its capabilities (cached) and its maps as images. */
public final class WmsClient {
    private final OgcHttp http;
    private final CapabilitiesCache<WmsCapabilities> cache;
    private final WmsCapabilitiesReader reader = new WmsCapabilitiesReader();

    /**
     * @param http  the transport
     * @param cache where capabilities are kept
     */
    public WmsClient(OgcHttp http, CapabilitiesCache<WmsCapabilities> cache) {
        this.http = http;
        this.cache = cache;
    }

    /**
     * @param http the transport; capabilities are kept 10 minutes
     */
    public WmsClient(OgcHttp http) {
        this(http, new CapabilitiesCache<>(Clock.systemUTC(), Duration.ofMinutes(10)));
    }

    /**
     * @param service the service URL (with or without parameters of its own, such as MapServer's {@code map=})
     * @param version 1.1.1 or 1.3.0
     * @return the capabilities
     * @throws MapServiceException when the server is unreachable, not a WMS, refuses, or wants credentials
     * @throws InterruptedException when interrupted
     */
    public WmsCapabilities capabilities(URI service, String version) throws MapServiceException, InterruptedException {
        URI uri = org.gridpatrol.geoserver.ogc.Kvp.append(service,
                Map.of("SERVICE", "WMS", "VERSION", version, "REQUEST", "GetCapabilities"));
        WmsCapabilities cached = cache.get(uri);
        if (cached != null) {
            return cached;
        }
        WmsCapabilities read = reader.read(http.get(uri).body(), service);
        cache.put(uri, read);
        return read;
    }

    /**
     * @param service the GetMap URL
     * @param request the map wanted
     * @return the decoded image
     * @throws MapServiceException on a ServiceException, an undecodable answer or transport trouble
     * @throws InterruptedException when interrupted
     */
    public BufferedImage map(URI service, GetMapRequest request) throws MapServiceException, InterruptedException {
        return image(http.get(request.toUri(service)), service, "WMS");
    }

    static BufferedImage image(OgcHttp.Answer answer, URI service, String kind) throws MapServiceException {
        if (answer.isXml()) {
            // a ServiceException; the reader throws it, or says the XML is not what a map server sends
            new WmsCapabilitiesReader().read(answer.body(), service);
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(answer.body()));
            if (image != null) {
                return image;
            }
        } catch (IOException e) {
            // fall through: not an image
        }
        throw new NotAMapServiceException(service.toString(), kind, "something that is not an image ("
                + (answer.contentType().isEmpty() ? "no content type" : answer.contentType()) + ")");
    }
}
