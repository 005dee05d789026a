package org.gridpatrol.server.photo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class WatermarkTest {

    private static BufferedImage grey(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(200, 200, 200));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    private static int brightness(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        return (c.getRed() + c.getGreen() + c.getBlue()) / 3;
    }

    @Test
    void theBottomBandIsDarkenedAndTheTopIsLeftAlone() throws Exception {
        BufferedImage photo = grey(640, 480);

        byte[] marked = Watermark.burn(photo, List.of("2026-11-26 08:30:00", "117.360000, 32.930000", "张三 BS0001", "340303001001001"));

        BufferedImage read = ImageIO.read(new ByteArrayInputStream(marked));
        assertEquals(640, read.getWidth());
        assertTrue(brightness(read, 600, 475) < 140, "the band at the bottom is dark");
        assertTrue(Math.abs(brightness(read, 320, 20) - 200) < 8, "the top of the photo is unchanged");
    }

    @Test
    void textIsDrawnInTheBand() throws Exception {
        BufferedImage photo = grey(640, 480);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(Watermark.burn(photo, List.of("MMMMMMMMMMMM"))));
        int light = 0;
        for (int x = 0; x < 300; x++) {
            for (int y = 440; y < 480; y++) {
                if (brightness(read, x, y) > 180) {
                    light++;
                }
            }
        }
        assertTrue(light > 100, "white letters inside the dark band: " + light + " light pixels");
    }
}
