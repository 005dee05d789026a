package org.gridpatrol.desktop.map.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The layer order: moves, switches, the base map kept at the bottom, and the stored form. */
class LayerOrderTest {

    @Test
    void raisingAndLoweringSwapNeighboursButNeverMoveTheBaseMap() {
        LayerOrder order = new LayerOrder();
        order.raise(MapLayer.GRIDS);
        assertEquals(List.of(MapLayer.BASE_MAP, MapLayer.COVERAGE, MapLayer.GRIDS, MapLayer.CHECKPOINTS,
                MapLayer.TRAILS, MapLayer.ALARMS, MapLayer.OFFICERS), order.order());
        order.lower(MapLayer.COVERAGE);
        order.raise(MapLayer.BASE_MAP);
        order.raise(MapLayer.OFFICERS);
        assertEquals(MapLayer.BASE_MAP, order.order().get(0), "nothing goes under the base map");
        assertEquals(MapLayer.COVERAGE, order.order().get(1));
        assertEquals(MapLayer.OFFICERS, order.order().get(6), "the top layer stays on top");
    }

    @Test
    void theStoredFormKeepsOrderAndHiddenLayersAndAddsLayersItDoesNotName() {
        LayerOrder order = new LayerOrder();
        order.lower(MapLayer.OFFICERS);
        order.setVisible(MapLayer.COVERAGE, false);
        String stored = order.format();
        assertEquals("BASE_MAP,GRIDS,-COVERAGE,CHECKPOINTS,TRAILS,OFFICERS,ALARMS", stored);

        LayerOrder read = new LayerOrder();
        read.parse(stored);
        assertEquals(order.order(), read.order());
        assertFalse(read.visible(MapLayer.COVERAGE));
        assertTrue(read.visible(MapLayer.GRIDS));

        LayerOrder older = new LayerOrder();
        older.parse("OFFICERS,-GRIDS,RIVERS,BASE_MAP");
        assertEquals(List.of(MapLayer.BASE_MAP, MapLayer.OFFICERS, MapLayer.GRIDS, MapLayer.COVERAGE,
                MapLayer.CHECKPOINTS, MapLayer.TRAILS, MapLayer.ALARMS), older.order());
        assertFalse(older.visible(MapLayer.GRIDS));
    }

    @Test
    void listenersHearRealChangesOnly() {
        LayerOrder order = new LayerOrder();
        int[] heard = {0};
        order.addChangeListener(e -> heard[0]++);
        order.setVisible(MapLayer.TRAILS, true);
        order.lower(MapLayer.GRIDS);
        assertEquals(0, heard[0], "showing a shown layer and lowering the lowest change nothing");
        order.setVisible(MapLayer.TRAILS, false);
        order.raise(MapLayer.GRIDS);
        assertEquals(2, heard[0]);
    }
}
