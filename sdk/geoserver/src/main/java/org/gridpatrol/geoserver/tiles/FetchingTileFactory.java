package org.gridpatrol.geoserver.tiles;

import org.jxmapviewer.viewer.DefaultTileFactory;
import org.jxmapviewer.viewer.TileFactoryInfo;

/**
 * JXMapViewer's tile factory for any of our sources (WMS, WMTS, XYZ, folder): tiles are loaded through a
 * {@link TileFetcher}, so they share its disk cache, retries, timeouts and concurrency limit.
 */
public final class FetchingTileFactory extends DefaultTileFactory {

    /**
     * @param source  where tiles come from
     * @param fetcher how they are fetched
     */
    public FetchingTileFactory(TileFactoryInfo source, TileFetcher fetcher) {
        super(source);
        setTileCache(new FetchingTileCache(fetcher, source.getTileSize(0)));
        setThreadPoolSize(4);
    }
}
