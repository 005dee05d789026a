package org.gridpatrol.desktop.map.basemap;

import org.jxmapviewer.viewer.TileFactoryInfo;

/**
 * Tiles addressed by an XYZ template ({@code {z}/{x}/{y}}, web-mercator, y from the top),
 * from a server or a {@code file:} folder. JXMapViewer counts zoom the other way round:
 * its level 0 is the most detailed, so {@code z = totalMapZoom − zoom}.
 */
public final class XyzTileFactoryInfo extends TileFactoryInfo {
    /** Zoom levels the map offers: z 2 … 19. */
    public static final int TOTAL_ZOOM = 19;
    private final String template;

    /** @param name shown to the supervisor; @param template the URL with {z}, {x}, {y} */
    public XyzTileFactoryInfo(String name, String template) {
        super(name, 0, TOTAL_ZOOM - 2, TOTAL_ZOOM, 256, true, true, template, "x", "y", "z");
        this.template = template;
    }

    @Override
    public String getTileUrl(int x, int y, int zoom) {
        return url(template, x, y, getTotalMapZoom() - zoom);
    }

    /** @return the template with the tile's numbers filled in */
    static String url(String template, int x, int y, int z) {
        return template.replace("{z}", Integer.toString(z)).replace("{x}", Integer.toString(x))
                .replace("{y}", Integer.toString(y));
    }
}
