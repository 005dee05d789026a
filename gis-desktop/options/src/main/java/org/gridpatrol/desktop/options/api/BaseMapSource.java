package org.gridpatrol.desktop.options.api;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A base map the supervisor saved in Tools ▸ Options, in the short form the map window reads:
 * {@code none:}, {@code xyz:URL}, {@code folder:PATH}, {@code wms:URL|layers}, {@code wmts:TEMPLATE|layer}.
 *
 * @param kind     where tiles come from
 * @param location the XYZ URL template, the tile folder, the WMS GetMap URL, or (WMTS) the tile template made
 *                 from the service's capabilities
 * @param layer    WMS: {@code layers[;version;crs;styles]}; WMTS: the layer's identifier; empty otherwise
 */
public record BaseMapSource(Kind kind, String location, String layer) {

    /** Where tiles come from. */
    public enum Kind {
        /** a plain background */
        NONE,
        /** an XYZ tile server */
        XYZ,
        /** an offline tile folder {@code z/x/y.png} */
        FOLDER,
        /** an OGC WMS (for instance the bureau's GeoServer) */
        WMS,
        /** an OGC WMTS layer in a web-mercator tile matrix set */
        WMTS;

        String prefix() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Why a source cannot be used; the Options page words each one. */
    public enum Problem {
        /** an XYZ or WMTS template without {z}, {x} and {y} */
        TEMPLATE_NEEDS_ZXY,
        /** not an http(s) address with a host */
        NOT_HTTP,
        /** the tile folder does not exist */
        NO_SUCH_FOLDER,
        /** a WMS or WMTS without a layer */
        NO_LAYER
    }

    /** No base map. */
    public static final BaseMapSource NONE = new BaseMapSource(Kind.NONE, "", "");

    /** Keeps null fields out. */
    public BaseMapSource {
        kind = kind == null ? Kind.NONE : kind;
        location = location == null ? "" : location.trim();
        layer = layer == null ? "" : layer.trim();
    }

    /**
     * @param text the short form
     * @return the source; {@link #NONE} for anything unreadable
     */
    public static BaseMapSource parse(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon < 0) {
            return NONE;
        }
        String rest = text.substring(colon + 1);
        for (Kind kind : Kind.values()) {
            if (kind.prefix().equals(text.substring(0, colon))) {
                int bar = rest.lastIndexOf('|');
                boolean layered = kind == Kind.WMS || kind == Kind.WMTS;
                return layered && bar >= 0 ? new BaseMapSource(kind, rest.substring(0, bar), rest.substring(bar + 1))
                        : new BaseMapSource(kind, kind == Kind.NONE ? "" : rest, "");
            }
        }
        return NONE;
    }

    /** @return the short form {@link #parse} reads */
    public String format() {
        return switch (kind) {
            case NONE -> "none:";
            case XYZ, FOLDER -> kind.prefix() + ":" + location;
            case WMS, WMTS -> kind.prefix() + ":" + location + "|" + layer;
        };
    }

    /** @return why the map could not show this source, or empty when it can */
    public Optional<Problem> problem() {
        return Optional.ofNullable(switch (kind) {
            case NONE -> null;
            case XYZ -> !http(location) ? Problem.NOT_HTTP : !zxy(location) ? Problem.TEMPLATE_NEEDS_ZXY : null;
            case FOLDER -> folder(location) ? null : Problem.NO_SUCH_FOLDER;
            case WMS -> !http(location) ? Problem.NOT_HTTP : layer.isEmpty() ? Problem.NO_LAYER : null;
            case WMTS -> !http(location) ? Problem.NOT_HTTP : !zxy(location) ? Problem.TEMPLATE_NEEDS_ZXY
                    : layer.isEmpty() ? Problem.NO_LAYER : null;
        });
    }

    private static boolean zxy(String template) {
        return template.contains("{z}") && template.contains("{x}") && template.contains("{y}");
    }

    private static boolean http(String address) {
        try {
            // the braces of a template are not URI characters: check the address with them filled in
            URI uri = URI.create(address.replace("{z}", "0").replace("{x}", "0").replace("{y}", "0"));
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean folder(String path) {
        try {
            return !path.isEmpty() && Files.isDirectory(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
