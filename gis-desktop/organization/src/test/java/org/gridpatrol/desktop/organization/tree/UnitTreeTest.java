package org.gridpatrol.desktop.organization.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.beans.PropertyVetoException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridpatrol.model.officer.Device;
import org.gridpatrol.model.officer.Officer;
import org.gridpatrol.model.org.OrgUnit;
import org.gridpatrol.model.org.OrgUnitKind;
import org.junit.jupiter.api.Test;
import org.openide.nodes.Node;

class UnitTreeTest {
    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    private static OrgUnit unit(long id, Long parent, OrgUnitKind kind, String name) {
        return new OrgUnit(id, parent, kind, name, "C" + id, "/" + id + "/", true, NOW, NOW);
    }

    private final UnitTree tree = new UnitTree(new OrgDirectory() {
        private final Map<Long, List<OrgUnit>> children = Map.of(1L, List.of(unit(2, 1L, OrgUnitKind.BRIGADE, "一大队")),
                2L, List.of(unit(3, 2L, OrgUnitKind.SQUAD, "一中队"), unit(4, 2L, OrgUnitKind.SQUAD, "二中队")));

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
            return unitId == 3 ? List.of(new Officer(10, "BS0001", "王强", null, 3L, null, true, NOW, NOW)) : List.of();
        }

        @Override
        public List<Device> devices(long officerId) {
            return List.of();
        }
    });

    private Node[] below(Node node) {
        return node.getChildren().getNodes(true);
    }

    @Test
    void showsTheUnitsAloneBureauBrigadeSquads() {
        Node bureau = below(tree.getExplorerManager().getRootContext())[0];
        assertEquals("蚌山区城管局", bureau.getDisplayName());
        Node brigade = below(bureau)[0];
        assertEquals(List.of("一中队", "二中队"), Arrays.stream(below(brigade)).map(Node::getDisplayName).toList());
        // officers are for the explorer: a squad is a leaf here
        assertTrue(below(brigade)[0].isLeaf());
    }

    @Test
    void theUnitClickedInTheTreeIsTheOneChosen() throws PropertyVetoException {
        assertEquals(Optional.empty(), tree.selected());
        Node secondSquad = below(below(below(tree.getExplorerManager().getRootContext())[0])[0])[1];
        tree.getExplorerManager().setSelectedNodes(new Node[] {secondSquad});
        assertEquals(4L, tree.selected().orElseThrow().id());
        assertEquals("二中队", tree.selected().orElseThrow().name());
    }

    @Test
    void aUnitChosenBeforeIsSelectedWhenTheTreeOpens() {
        assertTrue(tree.select(3));
        assertEquals(3L, tree.selected().orElseThrow().id());
        assertTrue(tree.select(1));
        assertEquals(1L, tree.selected().orElseThrow().id());
        assertFalse(tree.select(99));
        assertEquals(1L, tree.selected().orElseThrow().id());
    }
}
