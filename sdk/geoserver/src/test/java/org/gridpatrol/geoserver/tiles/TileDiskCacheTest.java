package org.gridpatrol.geoserver.tiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TileDiskCacheTest {

    @Test
    void theCacheStaysUnderItsLimitByDroppingTheLeastRecentlyUsedTiles() throws Exception {
        Path folder = Files.createTempDirectory("tiles");
        TileDiskCache cache = new TileDiskCache(folder, 10_000);
        for (int i = 0; i < 9; i++) {
            cache.put("http://h/t/" + i, new byte[1_000]);
            // distinct times, as a minute of panning would give
            touch(folder, cache, "http://h/t/" + i, i);
        }
        cache.get("http://h/t/0");   // the oldest is used again
        cache.put("http://h/t/9", new byte[1_000]);
        cache.put("http://h/t/10", new byte[1_000]);
        assertTrue(cache.size() <= 10_000, "size " + cache.size());
        assertTrue(cache.get("http://h/t/0").isPresent(), "recently used tile kept");
        assertTrue(cache.get("http://h/t/1").isEmpty(), "least recently used tile dropped");
        assertTrue(cache.get("http://h/t/10").isPresent());
    }

    @Test
    void tilesAndTheirSizeSurviveARestart(@TempDir Path folder) {
        TileDiskCache before = new TileDiskCache(folder, 1_000_000);
        before.put("http://h/a", new byte[] {1, 2, 3});
        before.put("http://h/b", new byte[] {4, 5});
        TileDiskCache after = new TileDiskCache(folder, 1_000_000);
        assertEquals(5, after.size());
        assertArrayEquals(new byte[] {1, 2, 3}, after.get("http://h/a").orElseThrow());
    }

    private static void touch(Path folder, TileDiskCache cache, String url, int minute) throws Exception {
        try (var files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                if (Files.getLastModifiedTime(p).toMillis() > 1_700_000_000_000L) {
                    Files.setLastModifiedTime(p, FileTime.fromMillis(1_600_000_000_000L + minute * 60_000L));
                }
            }
        }
    }
}
