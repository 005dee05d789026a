package org.gridpatrol.district.grid;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gridpatrol.district.geo.LocalFrame;
import org.gridpatrol.district.street.Road;
import org.gridpatrol.district.street.StreetNetwork;
import org.gridpatrol.district.street.StreetNetwork.Ward;
import org.gridpatrol.district.street.StreetPlan;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Who the blocks belong to. Each ward between arterials is a community (社区); a ward too small to
 * be one joins the neighbour it shares most border with. The communities are walked in a snake
 * (west column northwards, the next one southwards, …) and cut into {@link Subdistrict#BENGSHAN}'s
 * six subdistricts of about equal block counts, so each subdistrict (and the squad patrolling it)
 * is one contiguous piece of town. Unit grids are numbered north-west first within their community.
 */
public final class GridLayout {

    /** A ward smaller than this (m²) does not make a community of its own. */
    static final double MIN_COMMUNITY_AREA = 200_000;

    private static final List<String> COMMUNITY_NAMES = List.of(
            "解放", "胜利", "延安", "朝阳", "涂山", "淮河", "天桥", "青年", "纬四", "宏业", "光彩", "南山",
            "东升", "和平", "红旗", "长青", "燕山", "锦绣", "华光", "凤凰", "龙华", "雪华");

    private final List<Community> communities;
    private final List<UnitGrid> unitGrids;

    private GridLayout(List<Community> communities, List<UnitGrid> unitGrids) {
        this.communities = communities;
        this.unitGrids = unitGrids;
    }

    /** Lays out the blocks (lon/lat, from {@code BlockCutter}) of the network's wards. */
    public static GridLayout of(LocalFrame frame, StreetNetwork net, List<Polygon> blocks) {
        List<Group> groups = groups(net);
        List<List<Polygon>> blocksOf = new ArrayList<>();
        groups.forEach(g -> blocksOf.add(new ArrayList<>()));
        for (Polygon block : blocks) {
            Point inside = frame.toMetres(block.getInteriorPoint());
            int g = indexOf(groups, inside);
            blocksOf.get(g).add(block);
        }

        int[] subdistrictOf = chunk(blocksOf.stream().mapToInt(List::size).toArray(), Subdistrict.BENGSHAN.size());
        List<Community> communities = new ArrayList<>();
        List<UnitGrid> grids = new ArrayList<>();
        int inSubdistrict = 0;
        for (int g = 0; g < groups.size(); g++) {
            int s = subdistrictOf[g];
            inSubdistrict = g > 0 && subdistrictOf[g - 1] == s ? inSubdistrict + 1 : 1;
            Community community = new Community(s, String.format("%03d", inSubdistrict), COMMUNITY_NAMES.get(g) + "社区");
            communities.add(community);
            List<Polygon> mine = blocksOf.get(g);
            mine.sort(Comparator.comparingDouble((Polygon p) -> -Math.round(p.getCentroid().getY() * 1e4))
                    .thenComparingDouble(p -> p.getCentroid().getX()));
            for (int i = 0; i < mine.size(); i++) {
                grids.add(new UnitGrid(Subdistrict.BENGSHAN.get(s), s, community, i + 1, mine.get(i)));
            }
        }
        return new GridLayout(List.copyOf(communities), List.copyOf(grids));
    }

    public List<Community> communities() {
        return communities;
    }

    /** Every unit grid, in code order. */
    public List<UnitGrid> unitGrids() {
        return unitGrids;
    }

    /** The unit grids of one subdistrict (= of one squad), in code order. */
    public List<UnitGrid> unitGridsOf(int subdistrict) {
        return unitGrids.stream().filter(u -> u.subdistrictIndex() == subdistrict).toList();
    }

    /** Wards merged into communities, in snake order. */
    private record Group(List<Polygon> wards, int column, int row, double y) {

        boolean contains(Point p) {
            return wards.stream().anyMatch(w -> w.contains(p));
        }
    }

    private static List<Group> groups(StreetNetwork net) {
        List<Ward> wards = net.wards();
        List<Road> northSouth = net.arterials().stream()
                .filter(r -> StreetPlan.northSouthArterials().contains(r.name())).toList();
        List<Road> eastWest = net.arterials().stream()
                .filter(r -> !StreetPlan.northSouthArterials().contains(r.name()) && !r.name().equals("朝阳路")).toList();
        List<List<Polygon>> members = new ArrayList<>();
        List<Polygon> hosts = new ArrayList<>();
        for (Ward w : wards) {
            if (w.area().getArea() >= MIN_COMMUNITY_AREA) {
                hosts.add(w.area());
                members.add(new ArrayList<>(List.of(w.area())));
            }
        }
        for (Ward w : wards) {
            if (w.area().getArea() < MIN_COMMUNITY_AREA) {
                members.get(longestSharedBorder(w.area(), hosts)).add(w.area());
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < hosts.size(); i++) {
            Point c = hosts.get(i).getCentroid();
            groups.add(new Group(members.get(i), crossed(northSouth, c, true), crossed(eastWest, c, false), c.getY()));
        }
        groups.sort(Comparator.comparingInt(Group::column)
                .thenComparingDouble(g -> g.column() % 2 == 0 ? g.row() : -g.row())
                .thenComparingDouble(g -> g.column() % 2 == 0 ? g.y() : -g.y()));
        return groups;
    }

    /** How many of the roads pass west of (or south of) the point. */
    private static int crossed(List<Road> roads, Point p, boolean westOf) {
        GeometryFactory f = p.getFactory();
        Geometry probe = westOf
                ? f.createLineString(new Coordinate[] {new Coordinate(-1e5, p.getY()), new Coordinate(p.getX(), p.getY())})
                : f.createLineString(new Coordinate[] {new Coordinate(p.getX(), -1e5), new Coordinate(p.getX(), p.getY())});
        return (int) roads.stream().filter(r -> r.line().intersects(probe)).count();
    }

    private static int longestSharedBorder(Polygon small, List<Polygon> hosts) {
        int best = -1;
        double bestLength = 0;
        for (int i = 0; i < hosts.size(); i++) {
            double shared = small.getExteriorRing().intersection(hosts.get(i).getExteriorRing()).getLength();
            if (shared > bestLength) {
                bestLength = shared;
                best = i;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("small ward touches no community: " + small.getCentroid());
        }
        return best;
    }

    private static int indexOf(List<Group> groups, Point p) {
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).contains(p)) {
                return i;
            }
        }
        throw new IllegalStateException("block outside every ward: " + p);
    }

    /**
     * Cuts a sequence of counts into n runs of about equal sums (each run non-empty); returns the
     * run index of every element.
     */
    static int[] chunk(int[] counts, int n) {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        int[] run = new int[counts.length];
        int current = 0;
        int sum = 0;
        for (int i = 0; i < counts.length; i++) {
            run[i] = current;
            sum += counts[i];
            boolean last = current == n - 1;
            int elementsLeft = counts.length - i - 1;
            int runsLeft = n - current - 1;
            double target = (double) total * (current + 1) / n;
            int next = i + 1 < counts.length ? counts[i + 1] : 0;
            boolean closeEnough = Math.abs(sum - target) <= Math.abs(sum + next - target);
            if (!last && (closeEnough || elementsLeft == runsLeft) && elementsLeft >= runsLeft) {
                current++;
            }
        }
        if (current != n - 1) {
            throw new IllegalStateException("could not cut " + counts.length + " communities into " + n + " subdistricts");
        }
        return run;
    }
}
