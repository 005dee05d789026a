package org.gridpatrol.desktop.replay.frame;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.gridpatrol.desktop.map.api.GridCatalog;
import org.gridpatrol.desktop.map.api.LivePositions;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.gridpatrol.desktop.map.layers.LayerOrder;
import org.gridpatrol.desktop.map.layers.MapLayers;
import org.gridpatrol.desktop.map.status.OfficerStates;
import org.gridpatrol.model.track.Track;
import org.gridpatrol.model.track.TrackPhoto;
import org.gridpatrol.model.track.TrackVisit;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * A city built in code for frame timing, the same as the map module's: 2,000 wobbly
 * 60-vertex grids on a 50 × 40 lattice, 500 live officers with trails, and one officer's
 * long patrol to replay with its check-ins and photos.
 */
final class City {
    static final double LON = 117.36;
    static final double LAT = 32.93;
    static final Instant T0 = Instant.parse("2026-11-26T00:00:00Z");
    private static final GeometryFactory GEOMETRY = new GeometryFactory();
    private static final double D_LON = 0.0024;
    private static final double D_LAT = 0.0021;

    private City() {
    }

    static List<MapGrid> grids(int count) {
        Random random = new Random(340303);
        List<MapGrid> grids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Polygon polygon = blob(random, LON + ((i % 50) - 25) * D_LON, LAT + ((i / 50) - 20) * D_LAT, 0.92);
            MultiPolygon grid = GEOMETRY.createMultiPolygon(new Polygon[] {polygon});
            String kind = i % 3 == 0 ? "RESPONSIBILITY_ZONE" : i % 7 == 0 ? "KEY_AREA" : "UNIT_GRID";
            grids.add(new MapGrid(i + 1, kind, "测试街道-测试社区-" + String.format("%03d", i % 1000) + "网格", null, 1, 0, grid));
        }
        return grids;
    }

    /** @return the covered part of a few grids: a smaller blob inside each */
    static List<org.locationtech.jts.geom.Geometry> covered(int count) {
        Random random = new Random(11);
        List<org.locationtech.jts.geom.Geometry> shapes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int cell = 1000 + i * 3;
            shapes.add(blob(random, LON + ((cell % 50) - 25) * D_LON, LAT + ((cell / 50) - 20) * D_LAT, 0.6));
        }
        return shapes;
    }

    private static Polygon blob(Random random, double cx, double cy, double size) {
        Coordinate[] ring = new Coordinate[61];
        for (int v = 0; v < 60; v++) {
            double a = 2 * Math.PI * v / 60;
            double r = size + 0.06 * random.nextDouble();
            ring[v] = new Coordinate(cx + Math.cos(a) * D_LON / 2 * r, cy + Math.sin(a) * D_LAT / 2 * r);
        }
        ring[60] = ring[0];
        return GEOMETRY.createPolygon(ring);
    }

    /** @return the map's layers with the present just after the officers' walk: all of them reporting */
    static MapLayers layers(GridCatalog catalog, LivePositions officers) {
        Clock now = Clock.fixed(T0.plusSeconds(600), ZoneOffset.UTC);
        return new MapLayers(catalog, officers, new LayerOrder(),
                new OfficerStates(officers, catalog::find, now), now);
    }

    static LivePositions officers(int count) {
        Random random = new Random(7);
        LivePositions positions = new LivePositions();
        for (int o = 0; o < count; o++) {
            double lon = LON + (random.nextDouble() - 0.5) * 0.11;
            double lat = LAT + (random.nextDouble() - 0.5) * 0.08;
            for (int step = 0; step < 60; step++) {
                lon += (random.nextDouble() - 0.5) * 0.0004;
                lat += (random.nextDouble() - 0.5) * 0.0004;
                positions.add(new OfficerPosition(o, lon, lat, T0.plusSeconds(step * 10L), 8));
            }
            positions.label(o, String.format("BS%04d", o));
            if (o % 10 == 0) {
                positions.alarm(o, true);
            }
        }
        return positions;
    }

    /** @return that many check-ins spread along the track, every third not counted */
    static List<TrackVisit> visits(List<Track.TrackPoint> fixes, int count) {
        List<TrackVisit> visits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Track.TrackPoint at = fixes.get(i * fixes.size() / count);
            visits.add(new TrackVisit(i, i, "检查点" + i, 1L, at.time(), "CHECKIN", at.lon(), at.lat(), i % 3 != 0,
                    i % 3 != 0 ? null : "out of order"));
        }
        return visits;
    }

    /** @return that many photos spread along the track, without a position of their own */
    static List<TrackPhoto> photos(List<Track.TrackPoint> fixes, int count) {
        List<TrackPhoto> photos = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Track.TrackPoint at = fixes.get(i * fixes.size() / count + 17);
            photos.add(new TrackPhoto(i, "EVIDENCE", at.time(), null, null, "/photos/" + i + "/marked"));
        }
        return photos;
    }

    /** @return a walk of one fix a second, ~1.3 m a step, turning slowly, kept within the city */
    static List<Track.TrackPoint> patrol(int fixes) {
        Random random = new Random(2026);
        List<Track.TrackPoint> points = new ArrayList<>(fixes);
        double lon = LON;
        double lat = LAT;
        double heading = 0;
        for (int i = 0; i < fixes; i++) {
            heading += (random.nextDouble() - 0.5) * 0.3;
            lon += Math.cos(heading) * 0.000014;
            lat += Math.sin(heading) * 0.000012;
            if (Math.abs(lon - LON) > 0.04 || Math.abs(lat - LAT) > 0.03) {
                heading += Math.PI; // turn back at the city's edge
            }
            points.add(new Track.TrackPoint(i, T0.plusSeconds(i), lon, lat, 6, false));
        }
        return points;
    }
}
