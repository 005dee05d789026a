package org.gridpatrol.geoserver.tiles;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import javax.imageio.ImageIO;
import org.gridpatrol.geoserver.ogc.MapServiceException;
import org.jxmapviewer.viewer.TileCache;

/**
 * JXMapViewer's in-memory tile cache, asked first by its loader threads for every tile: a miss there is
 * filled from {@link TileFetcher}, so tiles come through our disk cache, retries, timeouts and
 * concurrency limit instead of JXMapViewer's own bare URL connection. A failure is reported as
 * {@link FileNotFoundException}, which JXMapViewer takes as "this tile failed" without retrying itself.
 */
final class FetchingTileCache extends TileCache {
    private final TileFetcher fetcher;
    private final BufferedImage blank;

    FetchingTileCache(TileFetcher fetcher, int tileSize) {
        this.fetcher = fetcher;
        this.blank = new BufferedImage(tileSize, tileSize, BufferedImage.TYPE_INT_ARGB);
    }

    @Override
    public BufferedImage get(URI uri) throws IOException {
        BufferedImage kept = super.get(uri);
        if (kept != null) {
            return kept;
        }
        try {
            byte[] data = fetcher.fetch(uri);
            if (data == null) {
                return blank; // a folder without this tile: nothing to draw, nothing to retry
            }
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
            if (image == null) {
                throw new FileNotFoundException("not an image: " + uri);
            }
            super.put(uri, data, image);
            return image;
        } catch (MapServiceException e) {
            throw new FileNotFoundException(e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FileNotFoundException("interrupted: " + uri);
        }
    }
}
