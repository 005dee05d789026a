package org.gridpatrol.geoserver.tiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Tiles on disk by the SHA-256 of their URL, bounded in size: when a write takes the folder over its
 * limit, the least recently used tiles go (a read touches the file's time). The folder is scanned at
 * start, so the cache and its limit survive restarts. Writes go to a temporary file and are moved into
 * place, so a crash never leaves half a tile.
 */
public final class TileDiskCache {
    private final Path folder;
    private final long maxBytes;
    private long bytes;

    /**
     * @param folder   where tiles are kept (created when missing)
     * @param maxBytes the size limit
     */
    public TileDiskCache(Path folder, long maxBytes) {
        this.folder = folder;
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(folder);
            this.bytes = files().stream().mapToLong(TileDiskCache::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use the tile cache folder " + folder, e);
        }
    }

    /**
     * @param url the tile's URL
     * @return the tile's bytes when cached
     */
    public synchronized Optional<byte[]> get(String url) {
        Path file = file(url);
        try {
            byte[] data = Files.readAllBytes(file);
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
            return Optional.of(data);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * @param url  the tile's URL
     * @param data the tile's bytes
     */
    public synchronized void put(String url, byte[] data) {
        Path file = file(url);
        try {
            Files.createDirectories(file.getParent());
            long before = Files.exists(file) ? Files.size(file) : 0;
            Path temporary = Files.createTempFile(file.getParent(), "tile", ".part");
            Files.write(temporary, data);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            bytes += data.length - before;
            if (bytes > maxBytes) {
                evict();
            }
        } catch (IOException e) {
            // a full or read-only disk must not break the map: the tile is shown, just not kept
        }
    }

    /** @return the bytes the cache holds now */
    public synchronized long size() {
        return bytes;
    }

    private void evict() throws IOException {
        List<Path> all = new ArrayList<>(files());
        all.sort(Comparator.comparing(TileDiskCache::modified));
        // down to 90 % of the limit, so the next few writes do not each trigger a scan
        for (Path p : all) {
            if (bytes <= maxBytes * 9 / 10) {
                break;
            }
            long s = size(p);
            Files.deleteIfExists(p);
            bytes -= s;
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tile")).toList();
        }
    }

    private Path file(String url) {
        String hash = sha256(url);
        return folder.resolve(hash.substring(0, 2)).resolve(hash.substring(2) + ".tile");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
