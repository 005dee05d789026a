package org.gridpatrol.desktop.map.layers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.imageio.ImageIO;
import org.gridpatrol.desktop.map.api.GridCatalog;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.gridpatrol.desktop.map.status.OfficerStates;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * How long one frame of a city takes off-screen: 2,000 grids of 60 vertices, 500
 * officers with 60-position trails, 50 of them alarmed, at 1280×800. Prints the figures
 * and writes them to {@code target/frame-time.txt} (and the first frame of each zoom to
 * {@code target/frame-zoom*.png}); fails only if a frame is absurdly slow.
 */
class MapFrameTimeTest {
    private static final int GRIDS = 2000;
    private static final int OFFICERS = 500;
    private static final Instant WALK_START = Instant.parse("2026-03-02T01:00:00Z");
    private static final double LON = 117.36;
    private static final double LAT = 32.93;

    @Test
    void aCityOfTwoThousandGridsAndFiveHundredOfficersDrawsWellUnderAFrameBudget() throws IOException {
        GridCatalog catalog = new GridCatalog();
        catalog.replace(lattice());
        LivePositions positions = walkers();
        // the present just after the walk: everyone reporting, every tenth in alarm (the alarm layer's rings)
        Clock now = Clock.fixed(WALK_START.plusSeconds(600), ZoneOffset.UTC);
        OfficerStates states = new OfficerStates(positions, catalog::find, now);
        for (int o = 0; o < OFFICERS; o += 2) {
            states.ownGrids(o, Set.of((long) o, (long) o + 1));
        }
        MapLayers layers = new MapLayers(catalog, positions, new LayerOrder(), states, now);
        List<String> report = new ArrayList<>();
        for (int zoom : new int[] {5, 3}) {
            OffscreenMap map = new OffscreenMap(1280, 800, zoom, LON, LAT);
            long first = System.nanoTime();
            BufferedImage frame = map.render(layers);
            double firstMs = (System.nanoTime() - first) / 1e6;
            Files.createDirectories(Path.of("target"));
            ImageIO.write(frame, "png", Path.of("target", "frame-zoom" + zoom + ".png").toFile());
            for (int i = 0; i < 20; i++) {
                Point2D c = map.viewer.getCenter();
                map.viewer.setCenter(new Point2D.Double(c.getX() + (i % 2 == 0 ? 7 : -7), c.getY()));
                map.render(layers); // warm up
            }
            int frames = 30;
            double[] pans = new double[frames];
            for (int i = 0; i < frames; i++) {
                Point2D c = map.viewer.getCenter();
                map.viewer.setCenter(new Point2D.Double(c.getX() + (i % 2 == 0 ? 7 : -7), c.getY()));
                long start = System.nanoTime();
                map.render(layers);
                pans[i] = (System.nanoTime() - start) / 1e6;
            }
            double panMs = median(pans);
            layers.show(true, false, false);
            double gridsMs = timed(map, layers, frames);
            layers.show(false, true, false);
            double trailsMs = timed(map, layers, frames);
            layers.show(false, false, true);
            double officersMs = timed(map, layers, frames);
            layers.show(true, true, true);
            String line = String.format(Locale.ROOT,
                    "zoom %d: first frame (projecting %d grids) %.1f ms, panning frame (median) %.1f ms "
                            + "(grids %.1f, trails %.1f, officers+alarms %.1f) with %d officers, 1280x800",
                    zoom, GRIDS, firstMs, panMs, gridsMs, trailsMs, officersMs, OFFICERS);
            report.add(line);
            System.out.println("[frame-time] " + line);
            assertTrue(panMs < 1000, line);
        }
        // a wheel step once warm: the grid image of the new level drawn (projections are kept per level)
        OffscreenMap map = new OffscreenMap(1280, 800, 5, LON, LAT);
        double[] steps = new double[12];
        for (int i = 0; i < steps.length; i++) {
            map.viewer.setZoom(5 - i % 3);
            map.viewer.setCenterPosition(new org.jxmapviewer.viewer.GeoPosition(LAT, LON));
            long start = System.nanoTime();
            map.render(layers);
            steps[i] = (System.nanoTime() - start) / 1e6;
        }
        String zoomLine = String.format(Locale.ROOT, "zoom step between levels 5, 4, 3 once warm: median %.1f ms, worst %.1f ms",
                median(java.util.Arrays.copyOfRange(steps, 3, steps.length)),
                java.util.Arrays.stream(steps, 3, steps.length).max().orElse(0));
        report.add(zoomLine);
        System.out.println("[frame-time] " + zoomLine);
        Path out = Path.of("target", "frame-time.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
    }

    /** The median frame time of one layer set, in ms: a GC pause or another process does not move it. */
    private static double timed(OffscreenMap map, MapLayers layers, int frames) {
        double[] times = new double[frames];
        for (int i = 0; i < frames; i++) {
            long start = System.nanoTime();
            map.render(layers);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        return median(times);
    }

    private static double median(double[] times) {
        double[] sorted = times.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** 50 × 40 blocks of about 220 × 230 m, each a wobbly 60-vertex ring, a third of a kind other than unit grid. */
    private static List<MapGrid> lattice() {
        Random random = new Random(340303);
        List<MapGrid> grids = new ArrayList<>();
        double dLon = 0.0024;
        double dLat = 0.0021;
        for (int i = 0; i < GRIDS; i++) {
            double cx = LON + ((i % 50) - 25) * dLon;
            double cy = LAT + ((i / 50) - 20) * dLat;
            Coordinate[] ring = new Coordinate[61];
            for (int v = 0; v < 60; v++) {
                double a = 2 * Math.PI * v / 60;
                double r = 0.92 + 0.06 * random.nextDouble();
                ring[v] = new Coordinate(cx + Math.cos(a) * dLon / 2 * r, cy + Math.sin(a) * dLat / 2 * r);
            }
            ring[60] = ring[0];
            Polygon polygon = OffscreenMap.GEOMETRY.createPolygon(ring);
            MultiPolygon grid = OffscreenMap.GEOMETRY.createMultiPolygon(new Polygon[] {polygon});
            String kind = i % 3 == 0 ? "RESPONSIBILITY_ZONE" : i % 7 == 0 ? "KEY_AREA" : "UNIT_GRID";
            grids.add(new MapGrid(i + 1, kind, "测试街道-测试社区-" + String.format("%03d", i % 1000) + "网格", null, 1, 0, grid));
        }
        return grids;
    }

    private static LivePositions walkers() {
        Random random = new Random(7);
        LivePositions positions = new LivePositions();
        Instant t = WALK_START;
        for (int o = 0; o < OFFICERS; o++) {
            double lon = LON + (random.nextDouble() - 0.5) * 0.11;
            double lat = LAT + (random.nextDouble() - 0.5) * 0.08;
            for (int step = 0; step < 60; step++) {
                lon += (random.nextDouble() - 0.5) * 0.0004;
                lat += (random.nextDouble() - 0.5) * 0.0004;
                positions.add(new OfficerPosition(o, lon, lat, t.plusSeconds(step * 10L), 8));
            }
            positions.label(o, String.format("BS%04d", o));
            if (o % 10 == 0) {
                positions.alarm(o, true);
            }
        }
        return positions;
    }
}
