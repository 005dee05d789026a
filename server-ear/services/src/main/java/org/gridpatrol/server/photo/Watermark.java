package org.gridpatrol.server.photo;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Burns a visible watermark into a copy of a photo: a dark band along the bottom
 * with time, place, officer and grid, so a printed or forwarded picture still says
 * where and when it was taken. The original is never touched.
 */
final class Watermark {
    /** A font that can draw Chinese when the system has one (fonts-wqy-zenhei, fonts-noto-cjk), else SansSerif. */
    private static final String FAMILY = chineseFamily();

    private Watermark() {
    }

    /**
     * @param image the decoded photo
     * @param lines the text, top line first
     * @return the watermarked copy as JPEG
     */
    static byte[] burn(BufferedImage image, List<String> lines) throws IOException {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int size = Math.max(12, image.getHeight() / 36);
            Font font = new Font(FAMILY, Font.BOLD, size);
            g.setFont(font);
            FontMetrics metrics = g.getFontMetrics();
            int lineHeight = metrics.getHeight();
            int band = lineHeight * lines.size() + size;
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.55f));
            g.setColor(Color.BLACK);
            g.fillRect(0, image.getHeight() - band, image.getWidth(), band);
            g.setComposite(AlphaComposite.SrcOver);
            g.setColor(Color.WHITE);
            int y = image.getHeight() - band + size / 2 + metrics.getAscent();
            for (String line : lines) {
                g.drawString(font.canDisplayUpTo(line) < 0 ? line : ascii(line), size / 2, y);
                y += lineHeight;
            }
        } finally {
            g.dispose();
        }
        return jpeg(copy);
    }

    private static String ascii(String line) {
        return line.codePoints().map(c -> c < 128 ? c : '?').collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam quality = writer.getDefaultWriteParam();
        quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        quality.setCompressionQuality(0.9f);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), quality);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String chineseFamily() {
        try {
            String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
            return Stream.of(families)
                    .filter(f -> new Font(f, Font.PLAIN, 12).canDisplayUpTo("网格巡查") < 0)
                    .filter(f -> f.contains("WenQuanYi") || f.contains("Noto Sans CJK") || f.contains("Noto Sans SC"))
                    .findFirst().orElse(Font.SANS_SERIF);
        } catch (RuntimeException | Error headless) {
            return Font.SANS_SERIF;
        }
    }
}
