package org.gridpatrol.district.street;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gridpatrol.district.geo.Curves;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * The fixed frame of the district, in metres around the centre (x east, y north): the district
 * boundary, with the Huai River (淮河) bank as its northern edge, and the arterials (主干路) that every
 * map of the town would show. They are drawn by hand, slightly curved and angled like the real town
 * rather than ruled; the blocks between them are cut by {@link BlockSplitter}.
 */
public final class StreetPlan {

    private static final double STEP = 20;

    private StreetPlan() {
    }

    /** The district boundary: about 3.7 km east-west and 2.5 km north-south. */
    public static Polygon boundary(GeometryFactory f) {
        List<Coordinate> ring = new ArrayList<>();
        ring.add(c(-1850, -1250));
        edge(ring, c(-900, -1320), 12);
        edge(ring, c(100, -1280), -10);
        edge(ring, c(1100, -1350), 14);
        edge(ring, c(1750, -1200), -8);
        edge(ring, c(1850, -400), 10);
        edge(ring, c(1780, 300), -12);
        edge(ring, river(1820), 8);
        for (double x = 1790; x > -1800; x -= 30) {   // the river bank, westwards
            ring.add(river(x));
        }
        ring.add(river(-1800));
        edge(ring, c(-1900, 400), 10);
        edge(ring, c(-1820, -400), -12);
        edge(ring, c(-1850, -1250), 9);
        return f.createPolygon(ring.toArray(Coordinate[]::new));
    }

    /** The arterials, each running a little beyond the boundary so the blocks close on it. */
    public static List<Road> arterials(GeometryFactory f) {
        return List.of(
                arterial(f, "涂山路", c(-1080, -1600), c(-1060, -800), c(-960, 0), c(-900, 700), c(-760, 1600)),
                arterial(f, "胜利路", c(-300, -1600), c(-150, -700), c(-40, 0), c(-60, 500), c(40, 1000), c(200, 1600)),
                arterial(f, "延安路", c(780, -1600), c(900, -700), c(980, 100), c(1080, 800), c(1200, 1600)),
                arterial(f, "纬四路", c(-2100, -620), c(-1000, -690), c(0, -760), c(1000, -700), c(2100, -520)),
                arterial(f, "解放路", c(-2100, -20), c(-1000, 100), c(0, 160), c(1000, 60), c(2100, 180)),
                arterial(f, "淮河路", alongRiver(-420, -2100, -1400, -700, 0, 700, 1400, 2100)),
                arterial(f, "朝阳路", c(180, -1600), c(900, -980), c(1500, -420), c(2050, 80)));
    }

    /** Control points at a fixed distance south of the river bank (negative: south). */
    private static Coordinate[] alongRiver(double offset, double... xs) {
        Coordinate[] cs = new Coordinate[xs.length];
        for (int i = 0; i < xs.length; i++) {
            cs[i] = c(xs[i], river(xs[i]).y + offset);
        }
        return cs;
    }

    /** Names of the arterials running north-south (经), west to east; the rest run east-west or slant. */
    public static List<String> northSouthArterials() {
        return List.of("涂山路", "胜利路", "延安路");
    }

    private static Road arterial(GeometryFactory f, String name, Coordinate... controls) {
        return new Road(name, RoadKind.ARTERIAL, f.createLineString(Curves.smooth(controls, STEP)));
    }

    /** The southern bank of the Huai River: a slow meander. */
    private static Coordinate river(double x) {
        return c(x, 1120 + 80 * Math.sin(x / 450) + 35 * Math.sin(x / 210 + 1));
    }

    private static void edge(List<Coordinate> ring, Coordinate to, double bow) {
        Coordinate[] pts = Curves.bowed(ring.get(ring.size() - 1), to, bow, 40);
        ring.addAll(Arrays.asList(pts).subList(1, pts.length));
    }

    private static Coordinate c(double x, double y) {
        return new Coordinate(x, y);
    }
}
