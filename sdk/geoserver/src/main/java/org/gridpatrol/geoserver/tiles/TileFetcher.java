package org.gridpatrol.geoserver.tiles;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.gridpatrol.geoserver.http.OgcHttp;
import org.gridpatrol.geoserver.ogc.MapServiceException;
import org.gridpatrol.geoserver.ogc.MapServiceUnreachableException;

/**
 * Gets tile bytes: {@code file:} tiles straight from the folder, others from the disk cache or, failing
 * that, from the server through {@link OgcHttp} (timeouts, retries, concurrency limit), kept in the cache
 * when the answer is an image.
 */
public final class TileFetcher {
    private final OgcHttp http;
    private final TileDiskCache cache;

    /**
     * @param http  the transport
     * @param cache the disk cache, or null for none
     */
    public TileFetcher(OgcHttp http, TileDiskCache cache) {
        this.http = http;
        this.cache = cache;
    }

    /**
     * @param uri the tile
     * @return its bytes, or null when a folder has no such tile (outside the area it covers)
     * @throws MapServiceException when the server cannot give it
     * @throws InterruptedException when interrupted
     */
    public byte[] fetch(URI uri) throws MapServiceException, InterruptedException {
        if ("file".equals(uri.getScheme())) {
            try {
                return Files.readAllBytes(Path.of(uri));
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException e) {
                throw new MapServiceUnreachableException(uri.toString(), "cannot read the tile file", e);
            }
        }
        String key = uri.toString();
        if (cache != null) {
            byte[] cached = cache.get(key).orElse(null);
            if (cached != null) {
                return cached;
            }
        }
        OgcHttp.Answer answer = http.get(uri);
        if (cache != null && !answer.isXml()) {
            cache.put(key, answer.body());
        }
        return answer.body();
    }
}
