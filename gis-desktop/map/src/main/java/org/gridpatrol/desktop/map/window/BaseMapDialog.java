package org.gridpatrol.desktop.map.window;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.gridpatrol.desktop.map.basemap.BaseMap;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.util.NbBundle;

/** Asks which base map to show: none, an XYZ server, an offline tile folder or a WMS. */
final class BaseMapDialog {
    private BaseMapDialog() {
    }

    /** @return the chosen base map, or null when cancelled */
    static BaseMap ask(BaseMap current) {
        JComboBox<BaseMap.Kind> kind = new JComboBox<>(BaseMap.Kind.values());
        kind.setSelectedItem(current.kind());
        kind.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list,
                        NbBundle.getMessage(BaseMapDialog.class, "BASEMAP_" + value), index, selected, focus);
            }
        });
        JTextField location = new JTextField(current.location(), 36);
        JTextField layers = new JTextField(current.layers(), 20);
        JPanel panel = new JPanel(new GridBagLayout());
        row(panel, 0, "LBL_BaseMapKind", kind);
        row(panel, 1, "LBL_BaseMapLocation", location);
        row(panel, 2, "LBL_BaseMapLayers", layers);
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = 3;
        c.gridwidth = 2;
        c.insets = new Insets(8, 4, 4, 4);
        panel.add(new JLabel(NbBundle.getMessage(BaseMapDialog.class, "HINT_BaseMap")), c);
        DialogDescriptor dialog = new DialogDescriptor(panel, NbBundle.getMessage(BaseMapDialog.class, "TITLE_BaseMap"));
        if (DialogDisplayer.getDefault().notify(dialog) != DialogDescriptor.OK_OPTION) {
            return null;
        }
        return new BaseMap((BaseMap.Kind) kind.getSelectedItem(), location.getText().trim(), layers.getText().trim());
    }

    private static void row(JPanel panel, int y, String key, java.awt.Component field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = y;
        c.anchor = GridBagConstraints.EAST;
        c.insets = new Insets(4, 4, 4, 4);
        panel.add(new JLabel(NbBundle.getMessage(BaseMapDialog.class, key)), c);
        c.gridx = 1;
        c.anchor = GridBagConstraints.WEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        panel.add(field, c);
    }
}
