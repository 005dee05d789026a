package org.gridpatrol.desktop.map.basemap;

import java.io.File;

/**
 * The base map under the grids, as the supervisor configured it.
 *
 * @param kind     where tiles come from
 * @param location an XYZ URL template with {@code {z}}, {@code {x}}, {@code {y}}; a folder
 *                 holding {@code z/x/y.png}; a WMS GetMap URL; or, for a WMTS, the XYZ template
 *                 made from its capabilities
 * @param layers   WMS: {@code layers[;version;crs;styles]} as chosen from the capabilities (1.1.1 and
 *                 EPSG:3857 when only layers are given); WMTS: the layer's identifier; unused otherwise
 */
public record BaseMap(Kind kind, String location, String layers) {

    /** Where tiles come from. */
    public enum Kind {
        /** a plain background */
        NONE,
        /** an XYZ tile server (the bureau's, or a GeoServer's TMS/WMTS gridset in XYZ form) */
        XYZ,
        /** an offline tile folder {@code z/x/y.png} */
        FOLDER,
        /** an OGC WMS, one GetMap per tile */
        WMS,
        /** an OGC WMTS layer in a web-mercator tile matrix set */
        WMTS
    }

    /** No base map. */
    public static final BaseMap NONE = new BaseMap(Kind.NONE, "", "");

    /**
     * Reads the short form {@code none}, {@code xyz:URL}, {@code folder:PATH}, {@code wms:URL|layers}.
     *
     * @param text the short form
     * @return the base map; {@link #NONE} for anything unreadable
     */
    public static BaseMap parse(String text) {
        if (text == null) {
            return NONE;
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return NONE;
        }
        String rest = text.substring(colon + 1);
        return switch (text.substring(0, colon)) {
            case "xyz" -> new BaseMap(Kind.XYZ, rest, "");
            case "folder" -> new BaseMap(Kind.FOLDER, rest, "");
            case "wms", "wmts" -> {
                Kind kind = text.startsWith("wmts") ? Kind.WMTS : Kind.WMS;
                int bar = rest.lastIndexOf('|');
                yield bar < 0 ? new BaseMap(kind, rest, "") : new BaseMap(kind, rest.substring(0, bar), rest.substring(bar + 1));
            }
            default -> NONE;
        };
    }

    /** @return the short form {@link #parse} reads */
    public String format() {
        return switch (kind) {
            case NONE -> "none:";
            case XYZ -> "xyz:" + location;
            case FOLDER -> "folder:" + location;
            case WMS -> "wms:" + location + "|" + layers;
            case WMTS -> "wmts:" + location + "|" + layers;
        };
    }

    /** @return the XYZ template for a tile folder */
    String folderTemplate() {
        return new File(location).toURI().toString().replaceAll("/?$", "/") + "{z}/{x}/{y}.png";
    }
}
