package org.gridpatrol.desktop.organization.tree;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gridpatrol.desktop.map.status.OfficerStatus;

/** The explorer's icons, drawn in code: a dot per officer status, a block for a unit, a phone for a device. */
public final class StatusIcons {
    private static final Map<Integer, Image> DOTS = new ConcurrentHashMap<>();
    private static final Image UNIT = draw(new Color(96, 125, 139), false);
    private static final Image DEVICE = draw(new Color(84, 110, 122), true);

    private StatusIcons() {
    }

    /** @return the 16×16 icon of a status, in the colour chosen in Tools ▸ Options if any */
    public static Image of(OfficerStatus status) {
        Color colour = status.shownColour();
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
