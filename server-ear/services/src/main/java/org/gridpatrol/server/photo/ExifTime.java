package org.gridpatrol.server.photo;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads when a JPEG says it was taken: EXIF DateTimeOriginal (or DateTime), which
 * cameras write in local time. Only what photo checks need; anything malformed
 * reads as "no time".
 */
final class ExifTime {
    private static final int DATE_TIME = 0x0132;
    private static final int EXIF_IFD = 0x8769;
    private static final int DATE_TIME_ORIGINAL = 0x9003;
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");

    private ExifTime() {
    }

    static Optional<LocalDateTime> of(byte[] jpeg) {
        try {
            return Optional.ofNullable(read(jpeg));
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    private static LocalDateTime read(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xff) != 0xff || (jpeg[1] & 0xff) != 0xd8) {
            return null;
        }
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xff) == 0xff) {
            int marker = jpeg[at + 1] & 0xff;
            int length = ((jpeg[at + 2] & 0xff) << 8) | (jpeg[at + 3] & 0xff);
            if (marker == 0xe1 && new String(jpeg, at + 4, 4, StandardCharsets.ISO_8859_1).equals("Exif")) {
                return tiff(ByteBuffer.wrap(jpeg, at + 10, length - 8).slice());
            }
            if (marker == 0xda) { // start of scan: no more metadata
                return null;
            }
            at += 2 + length;
        }
        return null;
    }

    private static LocalDateTime tiff(ByteBuffer tiff) {
        tiff.order(tiff.get(0) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int ifd0 = tiff.getInt(4);
        String plain = null;
        int exif = -1;
        for (int entry = 0, count = tiff.getShort(ifd0) & 0xffff; entry < count; entry++) {
            int at = ifd0 + 2 + 12 * entry;
            int tag = tiff.getShort(at) & 0xffff;
            if (tag == DATE_TIME) {
                plain = ascii(tiff, at);
            } else if (tag == EXIF_IFD) {
                exif = tiff.getInt(at + 8);
            }
        }
        String original = null;
        if (exif > 0) {
            for (int entry = 0, count = tiff.getShort(exif) & 0xffff; entry < count; entry++) {
                int at = exif + 2 + 12 * entry;
                if ((tiff.getShort(at) & 0xffff) == DATE_TIME_ORIGINAL) {
                    original = ascii(tiff, at);
                }
            }
        }
        String text = original != null ? original : plain;
        try {
            return text == null ? null : LocalDateTime.parse(text.strip(), FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String ascii(ByteBuffer tiff, int entry) {
        int count = tiff.getInt(entry + 4);
        int offset = count <= 4 ? entry + 8 : tiff.getInt(entry + 8);
        byte[] bytes = new byte[Math.max(0, count - 1)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = tiff.get(offset + i);
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
