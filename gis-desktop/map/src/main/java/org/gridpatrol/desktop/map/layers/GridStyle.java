package org.gridpatrol.desktop.map.layers;

import java.awt.Color;
import org.gridpatrol.desktop.options.api.DesktopOptions;

/**
 * Colours of a grid by kind: unit grids blue, responsibility zones green, key areas
 * orange (drawn above the others, being smaller and more urgent).
 *
 * @param fill    translucent interior
 * @param outline border
 */
public record GridStyle(Color fill, Color outline) {
    /** Unit grids (单元网格). */
    public static final GridStyle UNIT_GRID = new GridStyle(new Color(66, 133, 244, 48), new Color(25, 90, 200));
    /** Responsibility zones (责任区). */
    public static final GridStyle RESPONSIBILITY_ZONE = new GridStyle(new Color(52, 168, 83, 48), new Color(30, 120, 60));
    /** Key areas (重点区域). */
    public static final GridStyle KEY_AREA = new GridStyle(new Color(251, 140, 0, 90), new Color(205, 90, 0));
    /** The selected grid's outline. */
    public static final Color SELECTED = new Color(233, 30, 99);

    /** @return the style of a kind, in the colour chosen in Tools ▸ Options if any; unknown kinds look like unit grids */
    public static GridStyle of(String kind) {
        Color chosen = DesktopOptions.get().gridColour(kind == null ? "UNIT_GRID" : kind);
        if (chosen != null) {
            GridStyle own = builtIn(kind);
            return new GridStyle(new Color(chosen.getRed(), chosen.getGreen(), chosen.getBlue(), own.fill().getAlpha()), chosen);
        }
        return builtIn(kind);
    }

    private static GridStyle builtIn(String kind) {
        if ("KEY_AREA".equals(kind)) {
            return KEY_AREA;
        }
        if ("RESPONSIBILITY_ZONE".equals(kind)) {
            return RESPONSIBILITY_ZONE;
        }
        return UNIT_GRID;
    }

    /** @return the order kinds are drawn in: larger kinds first */
    public static int drawOrder(String kind) {
        return "KEY_AREA".equals(kind) ? 2 : "RESPONSIBILITY_ZONE".equals(kind) ? 1 : 0;
    }
}
