package org.gridpatrol.desktop.map.window;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.gridpatrol.desktop.map.layers.LayerOrder;
import org.gridpatrol.desktop.map.layers.MapLayer;
import org.openide.util.NbBundle;

/**
 * The layer list of the map's toolbar: one row per layer, top layer first as in GIS programs,
 * with a checkbox to show it and ▲/▼ to move it over or under its neighbour. The base map is
 * always the bottom row and only switches.
 */
final class LayerList extends JPanel {
    private static final long serialVersionUID = 1L;
    private final transient LayerOrder order;

    LayerList(LayerOrder order) {
        super(new GridBagLayout());
        this.order = order;
        setBorder(BorderFactory.createEmptyBorder(4, 6, 4, 6));
        order.addChangeListener(e -> SwingUtilities.invokeLater(this::rebuild));
        rebuild();
    }

    private void rebuild() {
        removeAll();
        List<MapLayer> bottomFirst = order.order();
        for (int row = 0; row < bottomFirst.size(); row++) {
            MapLayer layer = bottomFirst.get(bottomFirst.size() - 1 - row);
            JCheckBox shown = new JCheckBox(name(layer), order.visible(layer));
            shown.addActionListener(e -> order.setVisible(layer, shown.isSelected()));
            add(shown, cell(0, row, true));
            if (layer != MapLayer.BASE_MAP) {
                add(button("\u25b2", "TIP_LayerUp", row > 0, () -> order.raise(layer)), cell(1, row, false));
                add(button("\u25bc", "TIP_LayerDown", row < bottomFirst.size() - 2, () -> order.lower(layer)),
                        cell(2, row, false));
            }
        }
        revalidate();
        repaint();
    }

    static String name(MapLayer layer) {
        return NbBundle.getMessage(LayerList.class, "LAYER_" + layer.name());
    }

    private static JButton button(String arrow, String tip, boolean enabled, Runnable action) {
        JButton button = new JButton(arrow);
        button.setMargin(new Insets(0, 4, 0, 4));
        button.setFocusable(false);
        button.setToolTipText(NbBundle.getMessage(LayerList.class, tip));
        button.setEnabled(enabled);
        button.addActionListener(e -> action.run());
        return button;
    }

    private static GridBagConstraints cell(int x, int y, boolean wide) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.anchor = GridBagConstraints.WEST;
        c.weightx = wide ? 1 : 0;
        c.insets = new Insets(1, 2, 1, 2);
        return c;
    }
}
