package org.gridpatrol.desktop.map.basemap;

import org.jxmapviewer.WMSTileFactoryInfo;
import org.jxmapviewer.viewer.DefaultTileFactory;
import org.jxmapviewer.viewer.TileFactory;

/** Makes the viewer's tile factory for a base map. */
public final class TileFactories {
    private TileFactories() {
    }

    /** @return a factory serving the base map's tiles */
    public static TileFactory create(BaseMap map) {
        return switch (map.kind()) {
            case NONE -> new PlainTileFactory();
            case XYZ -> threaded(new DefaultTileFactory(new XyzTileFactoryInfo("XYZ", map.location())));
            case FOLDER -> threaded(new DefaultTileFactory(new XyzTileFactoryInfo("folder", map.folderTemplate())));
            case WMS -> threaded(new DefaultTileFactory(new WMSTileFactoryInfo(0, XyzTileFactoryInfo.TOTAL_ZOOM - 2,
                    XyzTileFactoryInfo.TOTAL_ZOOM, map.location().replaceAll("\\?.*$", ""), map.layers(), "", "0xFFFFFF")));
        };
    }

    private static TileFactory threaded(DefaultTileFactory factory) {
        factory.setThreadPoolSize(4);
        return factory;
    }
}
