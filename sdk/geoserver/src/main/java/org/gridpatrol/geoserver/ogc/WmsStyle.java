package org.gridpatrol.geoserver.ogc;

/**
 * A style a WMS offers for a layer.
 *
 * @param name  the name to put in {@code STYLES=}
 * @param title the human title
 */
public record WmsStyle(String name, String title) {
}
