package org.gridpatrol.geoserver.tiles;

import java.net.URI;
import java.nio.file.Path;
import org.jxmapviewer.viewer.TileFactoryInfo;

/**
 * Tiles addressed by an XYZ template ({@code {z}/{x}/{y}}, web mercator, y from the top) on a tile
 * server, or in an offline folder {@code z/x/y.png} (a {@code file:} template).
 */
public final class XyzTileSource extends TileFactoryInfo {
    private final String template;

    /**
     * @param name     shown to the supervisor
     * @param template the URL with {@code {z}}, {@code {x}}, {@code {y}}
     */
    public XyzTileSource(String name, String template) {
        super(name, 0, WebMercator.TOTAL_ZOOM - 2, WebMercator.TOTAL_ZOOM, 256, true, true, template, "x", "y", "z");
        this.template = template;
    }

    /**
     * @param name   shown to the supervisor
     * @param folder a folder holding {@code z/x/y.png}
     * @return the source reading that folder
     */
    public static XyzTileSource folder(String name, Path folder) {
        String base = folder.toAbsolutePath().toUri().toString();
        return new XyzTileSource(name, (base.endsWith("/") ? base : base + "/") + "{z}/{x}/{y}.png");
    }

    @Override
    public String getTileUrl(int x, int y, int zoom) {
        return url(template, x, y, getTotalMapZoom() - zoom);
    }

    /**
     * @param template the template
     * @param x        column
     * @param y        row from the top
     * @param z        XYZ zoom
     * @return the template with the numbers filled in
     */
    public static String url(String template, int x, int y, int z) {
        return template.replace("{z}", Integer.toString(z)).replace("{x}", Integer.toString(x))
                .replace("{y}", Integer.toString(y));
    }

    /** @return whether tiles come from a folder on disk */
    public boolean isFolder() {
        return URI.create(template.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0")).getScheme().equals("file");
    }
}
