package org.gridpatrol.desktop.organization.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.beans.BeanInfo;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.swing.Action;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.options.api.DesktopOptions;
import org.gridpatrol.desktop.map.api.OfficerPosition;
import org.gridpatrol.desktop.map.status.OfficerStates;
import org.gridpatrol.desktop.map.status.OfficerStatus;
import org.gridpatrol.model.alarm.AlarmView;
import org.gridpatrol.model.officer.Device;
import org.gridpatrol.model.officer.Officer;
import org.gridpatrol.model.org.OrgUnit;
import org.gridpatrol.model.org.OrgUnitKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.openide.nodes.Node;

/** The explorer's nodes over an organization held in memory, without a display. */
class OrganizationNodesTest {
    private static final Instant NOW = Instant.parse("2026-11-26T03:30:00Z"); // 11:30 in Beijing
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final RecordingMap map = new RecordingMap();
    private final OfficerStates states = new OfficerStates(map.officers, map.grids::find, Clock.fixed(NOW, ZoneOffset.UTC));
    private final List<String> replays = new ArrayList<>();
    private final List<long[]> assigned = new ArrayList<>();
    private Node root;

    private static OrgUnit unit(long id, Long parent, OrgUnitKind kind, String name) {
        return new OrgUnit(id, parent, kind, name, "C" + id, "/" + id + "/", true, NOW, NOW);
    }

    private static Officer officer(long id, long squad, String badge, String name) {
        return new Officer(id, badge, name, null, squad, null, true, NOW, NOW);
    }

    @BeforeEach
    void organization() {
        Map<Long, List<OrgUnit>> children = Map.of(1L, List.of(unit(2, 1L, OrgUnitKind.BRIGADE, "一大队")),
                2L, List.of(unit(3, 2L, OrgUnitKind.SQUAD, "一中队"), unit(4, 2L, OrgUnitKind.SQUAD, "二中队")));
        Map<Long, List<Officer>> officers = Map.of(3L, List.of(officer(10, 3, "BS0001", "王强"), officer(11, 3, "BS0002", "李明")));
        OrgDirectory directory = new OrgDirectory() {
            @Override
            public List<OrgUnit> roots() {
                return List.of(unit(1, null, OrgUnitKind.BUREAU, "蚌山区城管局"));
            }

            @Override
            public List<OrgUnit> children(long unitId) {
                return children.getOrDefault(unitId, List.of());
            }

            @Override
            public List<Officer> officers(long unitId) {
                return officers.getOrDefault(unitId, List.of());
            }

            @Override
            public List<Device> devices(long officerId) {
                return officerId == 10 ? List.of(new Device(5, "uid-5", 10L, "Mate 60", "HarmonyOS 4", "1.2", NOW, true))
                        : List.of();
            }
        };
        GeometryFactory geometry = new GeometryFactory();
        map.grids.replace(List.of(new MapGrid(100, "UNIT_GRID", "西一网格", "340303001001001", 3, 1,
                geometry.toGeometry(new org.locationtech.jts.geom.Envelope(117.0, 117.01, 32.0, 32.01)))));
        ExplorerContext context = new ExplorerContext(directory, states, map,
                (ids, from, to, at) -> replays.add(ids + " " + from + " " + to + " " + at),
                (officerId, gridId) -> assigned.add(new long[] {officerId, gridId}), label -> 100L,
                Clock.fixed(NOW, ZoneOffset.UTC), BEIJING, false);
        root = UnitNode.root(context);
    }

    private Node officerNode(int index) {
        Node bureau = root.getChildren().getNodes(true)[0];
        Node brigade = bureau.getChildren().getNodes(true)[0];
        Node squad = brigade.getChildren().getNodes(true)[0];
        return squad.getChildren().getNodes(true)[index];
    }

    private static int centre(Node node) {
        return ((BufferedImage) node.getIcon(BeanInfo.ICON_COLOR_16x16)).getRGB(8, 8);
    }

    @Test
    void unitsNestBureauBrigadeSquadWithOfficersAndTheirPhonesBelow() {
        Node bureau = root.getChildren().getNodes(true)[0];
        assertEquals("蚌山区城管局", bureau.getDisplayName());
        Node brigade = bureau.getChildren().getNodes(true)[0];
        Node[] squads = brigade.getChildren().getNodes(true);
        assertEquals(List.of("一中队", "二中队"), Arrays.stream(squads).map(Node::getDisplayName).toList());
        assertEquals(List.of("BS0001 王强", "BS0002 李明"),
                Arrays.stream(squads[0].getChildren().getNodes(true)).map(Node::getDisplayName).toList());
        assertEquals(0, squads[1].getChildren().getNodes(true).length);
        Node[] phones = officerNode(0).getChildren().getNodes(true);
        assertEquals(1, phones.length);
        assertTrue(phones[0].getDisplayName().startsWith("Mate 60"));
        assertEquals("uid-5", phones[0].getShortDescription());
        assertEquals(0, officerNode(1).getChildren().getNodes(true).length);
    }

    @Test
    void aColourChosenInOptionsPaintsTheStatusIcon() {
        Color violet = new Color(120, 0, 200);
        DesktopOptions.get().setOfficerColour("OFF_DUTY", violet);
        try {
            assertEquals(violet.getRGB(), centre(officerNode(0)));
        } finally {
            DesktopOptions.get().setOfficerColour("OFF_DUTY", null);
        }
        assertEquals(OfficerStatus.OFF_DUTY.colour().getRGB(), centre(officerNode(0)));
    }

    @Test
    void theIconFollowsTheLiveFeedAndTheAlarms() {
        OfficerNode wang = (OfficerNode) officerNode(0);
        assertEquals(OfficerStatus.OFF_DUTY, wang.status());
        assertEquals(OfficerStatus.OFF_DUTY.colour().getRGB(), centre(wang));

        states.ownGrids(10, Set.of(100L));
        map.officers.add(new OfficerPosition(10, 117.005, 32.005, NOW.minusSeconds(5), 5));
        assertEquals(OfficerStatus.IN_GRID, wang.status());
        assertEquals(OfficerStatus.IN_GRID.colour().getRGB(), centre(wang));

        map.officers.add(new OfficerPosition(10, 117.02, 32.005, NOW.minusSeconds(2), 5));
        assertEquals(OfficerStatus.ON_DUTY, wang.status());

        AlarmView offPost = new AlarmView(7, "OFF_POST", 10, "BS0001", "王强", null, 3, "OPEN", NOW, null, null, NOW,
                false, "outside", null);
        states.alarm(offPost);
        assertEquals(OfficerStatus.OUTSIDE.colour().getRGB(), centre(wang));
        assertEquals("Outside his grid (alarm)", wang.getShortDescription());

        states.alarm(new AlarmView(7, "OFF_POST", 10, "BS0001", "王强", null, 3, "OPEN", NOW, NOW.plusSeconds(60), 60L,
                NOW, false, "outside", null));
        assertEquals(OfficerStatus.ON_DUTY, wang.status());
        assertEquals(OfficerStatus.OFF_DUTY, ((OfficerNode) officerNode(1)).status(), "the other officer is untouched");
    }

    @Test
    void locateShowsTheOfficerOnTheMapAndIsTheDefaultAction() {
        Node wang = officerNode(0);
        Action locate = wang.getActions(false)[0];
        locate.actionPerformed(null);
        wang.getPreferredAction().actionPerformed(null);
        assertEquals(List.of(10L, 10L), map.shown);
    }

    @Test
    void replayTodayRunsFromTheSupervisorsMidnightUntilNow() {
        officerNode(1).getActions(false)[1].actionPerformed(null);
        // midnight in Beijing is 16:00 UTC the day before
        assertEquals(List.of("[11] 2026-11-25T16:00:00Z 2026-11-26T03:30:00Z 2026-11-25T16:00:00Z"), replays);
    }

    @Test
    void assignSendsTheOfficerAndTheChosenGrid() {
        officerNode(0).getActions(false)[2].actionPerformed(null);
        assertEquals(1, assigned.size());
        assertEquals(10, assigned.get(0)[0]);
        assertEquals(100, assigned.get(0)[1]);
        assertNull(root.getPreferredAction());
    }

    @Test
    void zoomingToABrigadeShowsTheGridsOfItAndOfItsSquadsAndToASquadOnlyItsOwn() {
        Node brigade = root.getChildren().getNodes(true)[0].getChildren().getNodes(true)[0];
        brigade.getActions(false)[0].actionPerformed(null);
        brigade.getChildren().getNodes(true)[1].getActions(false)[0].actionPerformed(null);
        assertEquals(List.of(Set.of(2L, 3L, 4L), Set.of(4L)), map.unitsShown);
    }
}
