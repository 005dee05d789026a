package org.gridpatrol.server.photo;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.gridpatrol.model.mobile.PhotoMeta;
import org.gridpatrol.model.mobile.PhotoReceipt;
import org.gridpatrol.server.ingest.Gcj02;
import org.gridpatrol.server.mobile.DeviceIdentity;
import org.gridpatrol.server.problem.ProblemException;
import org.gridpatrol.server.shift.BureauZone;

/**
 * Photos from officers' phones: the original kept byte for byte, a watermarked copy
 * (time, place, officer, grid) beside it, both as files under the photo folder with
 * their SHA-256 in the database. A photo whose camera time and fix time disagree by
 * more than the limit is refused: it was not taken where the officer says.
 */
@Stateless
public class PhotoStore {
    static final long MAX_BYTES = 15L << 20;
    static final Duration MAX_EXIF_SKEW = Duration.ofMinutes(Long.getLong("gridpatrol.photo.max-exif-skew-minutes", 5));
    private static final Set<String> KINDS = Set.of("EVIDENCE", "SELFIE", "INCIDENT");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /** Where photos live: {@code -Dgridpatrol.photos.dir}, else the server's data folder. */
    static Path folder() {
        String configured = System.getProperty("gridpatrol.photos.dir");
        return Path.of(configured != null ? configured : System.getProperty("jboss.server.data.dir", "data"), "photos");
    }

    /**
     * @param who   the signed-in device
     * @param meta  kind, fix time and place
     * @param jpeg  the photo as the phone took it
     * @return the stored photo's id and hashes
     */
    public PhotoReceipt store(DeviceIdentity who, PhotoMeta meta, byte[] jpeg) {
        check(meta, jpeg);
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            throw ProblemException.unprocessable("photo.not-a-jpeg", "the image part is not a JPEG that can be read", null);
        }
        ZoneId zone = BureauZone.get();
        Instant exif = ExifTime.of(jpeg).map(local -> local.atZone(zone).toInstant()).orElse(null);
        if (exif != null && Duration.between(exif, meta.takenAt()).abs().compareTo(MAX_EXIF_SKEW) > 0) {
            throw ProblemException.unprocessable("photo.exif-time-mismatch", "the camera says the photo was taken at "
                    + exif + " but its fix is from " + meta.takenAt() + ": more than " + MAX_EXIF_SKEW.toMinutes()
                    + " min apart", null);
        }
        double[] wgs = "GCJ02".equals(meta.crs()) ? Gcj02.toWgs84(meta.lon(), meta.lat()) : new double[] {meta.lon(), meta.lat()};
        String originalHash = sha256(jpeg);
        try (Connection db = dataSource.getConnection()) {
            PhotoReceipt existing = existing(db, who.officerId(), originalHash);
            if (existing != null) {
                return existing;
            }
            List<String> lines = List.of(
                    STAMP.format(meta.takenAt().atZone(zone)),
                    String.format(Locale.ROOT, "%.6f, %.6f", wgs[0], wgs[1]),
                    officer(db, who.officerId()),
                    grid(db, wgs));
            byte[] marked = Watermark.burn(image, lines);
            String day = DateTimeFormatter.ofPattern("yyyy/MM/dd").format(meta.takenAt().atZone(zone));
            Path original = write(Path.of(day, originalHash + ".jpg"), jpeg);
            String derivedHash = sha256(marked);
            Path derived = write(Path.of(day, originalHash + "-marked.jpg"), marked);
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO photo (officer_id, device_id, kind, incident_id, taken_at, exif_time, lon, lat, original_path,
                                       derived_path, sha256_original, sha256_derived, size_bytes)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")) {
                insert.setLong(1, who.officerId());
                insert.setLong(2, who.deviceId());
                insert.setString(3, meta.kind());
                insert.setObject(4, meta.incidentId());
                insert.setTimestamp(5, Timestamp.from(meta.takenAt()));
                insert.setTimestamp(6, exif == null ? null : Timestamp.from(exif));
                insert.setDouble(7, wgs[0]);
                insert.setDouble(8, wgs[1]);
                insert.setString(9, original.toString());
                insert.setString(10, derived.toString());
                insert.setString(11, originalHash);
                insert.setString(12, derivedHash);
                insert.setLong(13, jpeg.length);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    return new PhotoReceipt(row.getLong(1), originalHash, derivedHash, exif, false);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("storing a photo failed", e);
        } catch (IOException e) {
            throw new IllegalStateException("writing a photo to " + folder() + " failed", e);
        }
    }

    /**
     * @param caller  who asks: only photos of officers in his scope
     * @param id      the photo
     * @param derived the watermarked copy, or the original
     * @return the file's bytes
     */
    public byte[] read(org.gridpatrol.server.scope.Caller caller, long id, boolean derived) {
        try (Connection db = dataSource.getConnection();
             PreparedStatement query = db.prepareStatement("""
                     SELECT p.original_path, p.derived_path, u.path FROM photo p
                       JOIN officer o ON o.id = p.officer_id JOIN org_unit u ON u.id = o.squad_id WHERE p.id = ?""")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next() || !caller.sees(row.getString(3))) {
                    throw ProblemException.notFound("photo.unknown", "there is no photo " + id);
                }
                return Files.readAllBytes(folder().resolve(row.getString(derived ? 2 : 1)));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("reading photo " + id + " failed", e);
        }
    }

    private static PhotoReceipt existing(Connection db, long officerId, String hash) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "SELECT id, sha256_derived, exif_time FROM photo WHERE officer_id = ? AND sha256_original = ?")) {
            query.setLong(1, officerId);
            query.setString(2, hash);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                Timestamp exif = row.getTimestamp(3);
                return new PhotoReceipt(row.getLong(1), hash, row.getString(2), exif == null ? null : exif.toInstant(), true);
            }
        }
    }

    private static String officer(Connection db, long officerId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT name, badge_no FROM officer WHERE id = ?")) {
            query.setLong(1, officerId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) + " " + row.getString(2) : "";
            }
        }
    }

    private static String grid(Connection db, double[] wgs) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("""
                SELECT coalesce(rtrim(code), name) FROM grid WHERE retired_at IS NULL
                   AND ST_Covers(geom, ST_SetSRID(ST_MakePoint(?, ?), 4326))
                 ORDER BY kind = 'UNIT_GRID' DESC, id LIMIT 1""")) {
            query.setDouble(1, wgs[0]);
            query.setDouble(2, wgs[1]);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : "";
            }
        }
    }

    private static Path write(Path relative, byte[] bytes) throws IOException {
        Path target = folder().resolve(relative);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.write(partial, bytes);
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return relative;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void check(PhotoMeta meta, byte[] jpeg) {
        if (meta == null || meta.kind() == null || !KINDS.contains(meta.kind())) {
            throw ProblemException.unprocessable("photo.kind-unknown", "kind is one of " + KINDS, null);
        }
        if (meta.takenAt() == null || meta.lon() == null || meta.lat() == null || !Double.isFinite(meta.lon())
                || !Double.isFinite(meta.lat()) || Math.abs(meta.lon()) > 180 || Math.abs(meta.lat()) > 90) {
            throw ProblemException.unprocessable("photo.fix-missing", "a photo needs the time and place of its fix", null);
        }
        if (jpeg == null || jpeg.length == 0) {
            throw ProblemException.unprocessable("photo.image-missing", "send the photo in the part named image", null);
        }
        if (jpeg.length > MAX_BYTES) {
            throw ProblemException.unprocessable("photo.too-large", "a photo may be at most " + (MAX_BYTES >> 20) + " MB", null);
        }
        if (meta.incidentId() != null && !"INCIDENT".equals(meta.kind())) {
            throw ProblemException.unprocessable("photo.incident-kind", "only INCIDENT photos belong to an incident", null);
        }
    }
}
