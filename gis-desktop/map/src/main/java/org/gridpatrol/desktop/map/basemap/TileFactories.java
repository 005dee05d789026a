package org.gridpatrol.desktop.map.basemap;

import java.net.URI;
import java.nio.file.Path;
import org.gridpatrol.geoserver.http.OgcHttp;
import org.gridpatrol.geoserver.tiles.FetchingTileFactory;
import org.gridpatrol.geoserver.tiles.TileDiskCache;
import org.gridpatrol.geoserver.tiles.TileFetcher;
import org.gridpatrol.geoserver.tiles.WmsTileSource;
import org.gridpatrol.geoserver.tiles.XyzTileSource;
import org.jxmapviewer.viewer.TileFactory;

/**
 * Makes the viewer's tile factory for a base map. Every source but "none" loads through the SDK's
 * tile fetcher: timeouts, retries, at most four requests in flight, and a disk cache that outlives the
 * session. Nothing here touches the network: WMS and WMTS choices carry what the dialog read from the
 * capabilities.
 */
public final class TileFactories {
    private TileFactories() {
    }

    /** @return a factory serving the base map's tiles */
    public static TileFactory create(BaseMap map) {
        return switch (map.kind()) {
            case NONE -> new PlainTileFactory();
            case XYZ -> new FetchingTileFactory(new XyzTileSource("XYZ", map.location()), TileLoading.shared());
            case FOLDER -> new FetchingTileFactory(XyzTileSource.folder("folder", Path.of(map.location())), TileLoading.offline());
            case WMTS -> new FetchingTileFactory(new XyzTileSource(map.layers(), map.location()), TileLoading.shared());
            case WMS -> new FetchingTileFactory(wms(map), TileLoading.shared());
        };
    }

    private static WmsTileSource wms(BaseMap map) {
        String[] parts = (map.layers() + ";;;").split(";", -1);
        String version = parts[1].isEmpty() ? "1.1.1" : parts[1];
        String crs = parts[2].isEmpty() ? "EPSG:3857" : parts[2];
        return new WmsTileSource(parts[0], URI.create(map.location()), version, parts[0], parts[3], "image/png", crs);
    }

    /** The fetchers the factories share. */
    static final class TileLoading {
        private static TileFetcher shared;
        private static TileFetcher offline;

        private TileLoading() {
        }

        static synchronized TileFetcher shared() {
            if (shared == null) {
                shared = new TileFetcher(new OgcHttp(OgcHttp.Settings.defaults()),
                        new TileDiskCache(cacheFolder(), 500L * 1024 * 1024));
            }
            return shared;
        }

        static synchronized TileFetcher offline() {
            if (offline == null) {
                offline = new TileFetcher(new OgcHttp(OgcHttp.Settings.defaults()), null);
            }
            return offline;
        }

        // the application's user directory when running in the platform, else the temporary folder
        private static Path cacheFolder() {
            String user = System.getProperty("netbeans.user");
            Path base = user != null ? Path.of(user, "var", "cache") : Path.of(System.getProperty("java.io.tmpdir"));
            return base.resolve("gridpatrol-tiles");
        }
    }
}
