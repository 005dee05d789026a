package org.gridpatrol.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Photos through the mobile API: stored untouched, watermarked copy beside, camera time checked. */
@ExtendWith(ArquillianExtension.class)
class PhotoIT {
    private static final String BASE = System.getProperty("gridpatrol.it.base.url", "http://127.0.0.1:9080") + "/api/v1";
    private static final ZoneId BUREAU = ZoneId.of("Asia/Shanghai");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return Api.ear();
    }

    /** A 640×480 JPEG whose EXIF says it was taken at the given local time. */
    static byte[] photo(LocalDateTime taken) throws Exception {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(90, 160, 220), 0, 480, new Color(240, 240, 200)));
        g.fillRect(0, 0, 640, 480);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", jpeg);
        byte[] plain = jpeg.toByteArray();
        // APP1 "Exif": TIFF header, IFD0 pointing at an Exif IFD holding DateTimeOriginal
        byte[] when = (DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss").format(taken) + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(44 + when.length);
        tiff.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(8);
        tiff.putShort((short) 1).putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(26).putInt(0);
        tiff.putShort((short) 1).putShort((short) 0x9003).putShort((short) 2).putInt(when.length).putInt(44).putInt(0);
        tiff.put(when);
        byte[] body = tiff.array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2);
        out.write(0xff);
        out.write(0xe1);
        int length = 2 + 6 + body.length;
        out.write(length >> 8);
        out.write(length & 0xff);
        out.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    static Api.Answer upload(String token, String meta, byte[] jpeg) throws Exception {
        String boundary = "gp" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n"
                + meta + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"p.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(jpeg);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Api.send(HttpRequest.newBuilder(URI.create(BASE + "/mobile/photos"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static byte[] bytes(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", "Bearer " + Accounts.bootstrapToken()).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private static int brightness(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        return (c.getRed() + c.getGreen() + c.getBlue()) / 3;
    }

    @Test
    void theOriginalIsKeptByteForByteAndTheCopyCarriesAVisibleWatermark() throws Exception {
        PatrolBeat beat = PatrolBeat.create();
        Instant taken = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(120);
        byte[] jpeg = photo(LocalDateTime.ofInstant(taken, BUREAU));
        String meta = String.format(Locale.ROOT, "{\"kind\":\"EVIDENCE\",\"takenAt\":\"%s\",\"lon\":%.6f,\"lat\":%.6f}",
                taken, beat.origin()[0] + 0.002, beat.origin()[1] + 0.002);

        Api.Answer stored = upload(beat.token(), meta, jpeg);

        assertEquals(201, stored.status(), stored.raw().body());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(jpeg));
        assertEquals(sha, stored.body().path("sha256Original").asText());
        assertEquals(taken.toString(), stored.body().path("exifTime").asText());
        long id = stored.body().path("id").asLong();

        byte[] original = bytes("/photos/" + id + "/original");
        assertArrayEquals(jpeg, original, "the original is served exactly as uploaded");
        byte[] marked = bytes("/photos/" + id + "/marked");
        assertEquals(stored.body().path("sha256Derived").asText(),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(marked)));
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(original));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(marked));
        assertTrue(brightness(after, 620, 470) < brightness(before, 620, 470) - 60, "the band at the bottom is dark");
        assertTrue(Math.abs(brightness(after, 320, 40) - brightness(before, 320, 40)) < 10, "the top is the photo as taken");

        Api.Answer again = upload(beat.token(), meta, jpeg);
        assertEquals(200, again.status());
        assertTrue(again.body().path("duplicate").asBoolean());
        assertEquals(id, again.body().path("id").asLong());
    }

    @Test
    void aPhotoWhoseCameraTimeDisagreesWithItsFixIsRefused() throws Exception {
        PatrolBeat beat = PatrolBeat.create();
        Instant fix = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(60);
        byte[] oldPhoto = photo(LocalDateTime.ofInstant(fix.minusSeconds(3600), BUREAU));
        String meta = "{\"kind\":\"EVIDENCE\",\"takenAt\":\"" + fix + "\",\"lon\":117.36,\"lat\":32.93}";

        Api.Answer refused = upload(beat.token(), meta, oldPhoto);

        assertEquals(422, refused.status());
        assertEquals("photo.exif-time-mismatch", refused.body().path("code").asText());
        Api.Answer notJpeg = upload(beat.token(), meta, "not a picture".getBytes(StandardCharsets.UTF_8));
        assertEquals("photo.not-a-jpeg", notJpeg.body().path("code").asText());
        assertFalse(upload(beat.token(), "{\"kind\":\"SELFIE\"}", oldPhoto).status() < 400);
    }
}
