package org.gridpatrol.district;

import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.district.account.Account;
import org.gridpatrol.district.account.DemoAccounts;
import org.gridpatrol.district.duty.DutyPlan;
import org.gridpatrol.district.duty.Holiday;
import org.gridpatrol.district.duty.Holidays2026;
import org.gridpatrol.district.geo.LocalFrame;
import org.gridpatrol.district.grid.Checkpoint;
import org.gridpatrol.district.grid.Checkpoints;
import org.gridpatrol.district.grid.Grid;
import org.gridpatrol.district.grid.GridKind;
import org.gridpatrol.district.grid.GridLayout;
import org.gridpatrol.district.grid.KeyAreas;
import org.gridpatrol.district.grid.Subdistrict;
import org.gridpatrol.district.grid.UnitGrid;
import org.gridpatrol.district.org.OrgChart;
import org.gridpatrol.district.org.OrgUnit;
import org.gridpatrol.district.people.Officer;
import org.gridpatrol.district.people.Roster;
import org.gridpatrol.district.street.BlockCutter;
import org.gridpatrol.district.street.Road;
import org.gridpatrol.district.street.StreetNetwork;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The whole demo district, generated from one seed: streets, unit grids, key areas, checkpoints,
 * the org chart, officers and devices, their login accounts and the supervisors', shifts, holidays
 * and assignments. Geometries are lon/lat on
 * the 7-decimal grid, except {@link #streets()}, which is the metric drawing they came from.
 * Ids start at {@value #FIRST_ID} in every table.
 */
public record District(
        LocalFrame frame,
        StreetNetwork streets,
        Polygon boundary,
        List<Road> roads,
        OrgChart org,
        GridLayout layout,
        List<Grid> unitGrids,
        List<Grid> keyAreas,
        List<Checkpoint> checkpoints,
        Roster roster,
        List<Account> accounts,
        DutyPlan duty,
        List<Holiday> holidays) {

    public static final long SEED = 340303L;
    public static final long FIRST_ID = 100_001L;
    public static final double CENTRE_LON = 117.36;
    public static final double CENTRE_LAT = 32.93;
    public static final int OFFICERS = 80;
    /** The squad that also runs the night shift: the one owning the station square. */
    private static final String NIGHT_KEY_AREA = "客运站站前广场";

    public static District generate() {
        return generate(SEED);
    }

    public static District generate(long seed) {
        LocalFrame frame = new LocalFrame(CENTRE_LON, CENTRE_LAT);
        StreetNetwork net = StreetNetwork.generate(frame.metric(), seed);
        List<Polygon> blocks = BlockCutter.blocks(frame, net);
        if (blocks.size() != net.blockCount()) {
            throw new IllegalStateException("rounding changed the blocks: " + net.blockCount() + " drawn, "
                    + blocks.size() + " after snap-rounding");
        }
        GridLayout layout = GridLayout.of(frame, net, blocks);
        OrgChart org = OrgChart.bengshan(Subdistrict.BENGSHAN.stream().map(Subdistrict::squadName).toList(), FIRST_ID);

        List<Grid> unitGrids = new ArrayList<>();
        List<List<Grid>> gridsBySquad = new ArrayList<>();
        List<List<UnitGrid>> layoutBySquad = new ArrayList<>();
        for (int s = 0; s < org.squads().size(); s++) {
            long squad = org.squads().get(s).id();
            List<Grid> mine = new ArrayList<>();
            for (UnitGrid u : layout.unitGridsOf(s)) {
                Grid g = new Grid(FIRST_ID + unitGrids.size(), GridKind.UNIT_GRID, u.name(), u.code(), squad, u.geom());
                unitGrids.add(g);
                mine.add(g);
            }
            gridsBySquad.add(mine);
            layoutBySquad.add(layout.unitGridsOf(s));
        }
        List<Grid> keyAreas = KeyAreas.place(frame, net, p -> ownerAt(unitGrids, p), FIRST_ID + unitGrids.size());
        List<Checkpoint> checkpoints = Checkpoints.place(frame, gridsBySquad, layoutBySquad, FIRST_ID);

        int[] gridsPerSquad = gridsBySquad.stream().mapToInt(List::size).toArray();
        Roster roster = Roster.hire(seed + 1, org.squads(), gridsPerSquad, OFFICERS, FIRST_ID, FIRST_ID);
        List<List<Officer>> officersBySquad = org.squads().stream().map(q -> roster.officersOf(q.id())).toList();
        long nightSquadId = keyAreas.stream().filter(k -> k.name().equals(NIGHT_KEY_AREA)).findFirst().orElseThrow().orgUnitId();
        OrgUnit nightSquad = org.squads().stream().filter(q -> q.id() == nightSquadId).findFirst().orElseThrow();
        DutyPlan duty = DutyPlan.of(org.bureau(), org.squads(), nightSquad, gridsBySquad, officersBySquad,
                FIRST_ID, FIRST_ID, FIRST_ID);

        List<Road> roads = net.roadsWithin().stream()
                .map(r -> new Road(r.name(), r.kind(), frame.toLonLat(r.line()))).toList();
        return new District(frame, net, BlockCutter.boundary(frame, net), roads, org, layout, List.copyOf(unitGrids),
                keyAreas, checkpoints, roster, DemoAccounts.of(org, roster), duty, Holidays2026.calendar(FIRST_ID));
    }

    private static long ownerAt(List<Grid> unitGrids, Point p) {
        return unitGrids.stream().filter(g -> g.geom().covers(p)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no unit grid at " + p)).orgUnitId();
    }

    /** Unit grids, then key areas. */
    public List<Grid> grids() {
        List<Grid> all = new ArrayList<>(unitGrids);
        all.addAll(keyAreas);
        return all;
    }
}
