package org.gridpatrol.desktop.map.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.SwingUtilities;
import org.gridpatrol.desktop.map.layers.LayerOrder;
import org.gridpatrol.desktop.map.layers.MapLayer;
import org.junit.jupiter.api.Test;

/** The toolbar's layer list: top layer first, its checkboxes switch layers and its arrows move them. */
class LayerListTest {

    private static List<AbstractButton> buttons(LayerList list) {
        List<AbstractButton> found = new ArrayList<>();
        for (Component c : list.getComponents()) {
            found.add((AbstractButton) c);
        }
        return found;
    }

    private static List<String> rows(LayerList list) {
        return buttons(list).stream().filter(b -> b instanceof JCheckBox).map(AbstractButton::getText).toList();
    }

    private static void settle() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
        });
    }

    @Test
    void rowsShowTheTopLayerFirstAndTheArrowsAndBoxesChangeTheOrder() throws Exception {
        LayerOrder order = new LayerOrder();
        LayerList list = new LayerList(order);
        assertEquals(List.of("Officers (live)", "Alarms", "Trails", "Checkpoints", "Covered area today (selected grid)",
                "Grids", "Base map"), rows(list));

        // the row "Checkpoints": its ▲ puts it over the trails
        List<AbstractButton> all = buttons(list);
        int checkpoints = all.indexOf(all.stream().filter(b -> "Checkpoints".equals(b.getText())).findFirst().orElseThrow());
        ((JButton) all.get(checkpoints + 1)).doClick();
        settle();
        assertEquals(List.of("Officers (live)", "Alarms", "Checkpoints", "Trails", "Covered area today (selected grid)",
                "Grids", "Base map"), rows(list));

        JCheckBox grids = (JCheckBox) buttons(list).stream().filter(b -> "Grids".equals(b.getText())).findFirst().orElseThrow();
        grids.doClick();
        settle();
        assertFalse(order.visible(MapLayer.GRIDS));
        assertFalse(((JCheckBox) buttons(list).stream().filter(b -> "Grids".equals(b.getText())).findFirst().orElseThrow())
                .isSelected(), "the rebuilt row shows it off");
    }

    @Test
    void theTopRowCannotGoUpAndTheLowestLayerCannotGoUnderTheBaseMap() {
        LayerList list = new LayerList(new LayerOrder());
        List<AbstractButton> all = buttons(list);
        assertFalse(all.get(1).isEnabled(), "▲ of the top layer");
        int grids = all.indexOf(all.stream().filter(b -> "Grids".equals(b.getText())).findFirst().orElseThrow());
        assertFalse(all.get(grids + 2).isEnabled(), "▼ of the layer just over the base map");
        assertEquals(all.size() - 1, all.indexOf(all.stream().filter(b -> "Base map".equals(b.getText())).findFirst()
                .orElseThrow()), "the base map row has no arrows");
    }
}
