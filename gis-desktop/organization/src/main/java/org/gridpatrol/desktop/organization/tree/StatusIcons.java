package org.gridpatrol.desktop.organization.tree;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gridpatrol.desktop.options.api.DesktopOptions;
import org.gridpatrol.desktop.organization.status.OfficerStatus;

/** The explorer's icons, drawn in code: a dot per officer status, a block for a unit, a phone for a device. */
public final class StatusIcons {
    /** Built-in colour of each status's dot (Tools ▸ Options may choose others). */
    public static final Map<OfficerStatus, Color> COLOURS = new EnumMap<>(Map.of(
            OfficerStatus.OFF_DUTY, new Color(158, 158, 158),
            OfficerStatus.ON_DUTY, new Color(30, 136, 229),
            OfficerStatus.IN_GRID, new Color(67, 160, 71),
            OfficerStatus.OUTSIDE, new Color(251, 140, 0),
            OfficerStatus.LOST_CONTACT, new Color(211, 47, 47)));
    private static final Map<Integer, Image> DOTS = new ConcurrentHashMap<>();
    private static final Image UNIT = draw(new Color(96, 125, 139), false);
    private static final Image DEVICE = draw(new Color(84, 110, 122), true);

    private StatusIcons() {
    }

    /** @return the 16×16 icon of a status, in the colour chosen in Tools ▸ Options if any */
    public static Image of(OfficerStatus status) {
        Color chosen = DesktopOptions.get().officerColour(status.name());
        Color colour = chosen != null ? chosen : COLOURS.get(status);
        return DOTS.computeIfAbsent(colour.getRGB(), rgb -> draw(colour, false, true));
    }

    static Image unit() {
        return UNIT;
    }

    static Image device() {
        return DEVICE;
    }

    private static Image draw(Color colour, boolean phone) {
        return draw(colour, phone, false);
    }

    private static Image draw(Color colour, boolean phone, boolean dot) {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(colour);
        if (dot) {
            g.fillOval(2, 2, 12, 12);
        } else if (phone) {
            g.fillRoundRect(4, 1, 8, 14, 3, 3);
            g.setColor(Color.WHITE);
            g.fillRect(5, 3, 6, 9);
        } else {
            g.fillRect(2, 3, 12, 10);
        }
        g.dispose();
        return image;
    }
}
