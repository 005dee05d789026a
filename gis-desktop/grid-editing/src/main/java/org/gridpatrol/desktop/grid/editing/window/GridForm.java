package org.gridpatrol.desktop.grid.editing.window;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.grid.GridDraft;
import org.locationtech.jts.geom.Geometry;
import org.openide.util.NbBundle;

/** The grid's attributes: kind, name, code, owning org unit, and the reason for a change. */
final class GridForm extends JPanel {
    private static final long serialVersionUID = 1L;
    static final String[] KINDS = {"UNIT_GRID", "RESPONSIBILITY_ZONE", "KEY_AREA"};

    private final JComboBox<String> kind = new JComboBox<>(KINDS);
    private final JTextField name = new JTextField(18);
    private final JTextField code = new JTextField(15);
    private final DefaultComboBoxModel<OrgChoice> units = new DefaultComboBoxModel<>();
    private final JComboBox<OrgChoice> unit = new JComboBox<>(units);
    private final JTextField reason = new JTextField(18);

    GridForm() {
        super(new GridBagLayout());
        kind.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, NbBundle.getMessage(GridForm.class, "KIND_" + value),
                        index, selected, focus);
            }
        });
        row(0, "LBL_Kind", kind);
        row(1, "LBL_Name", name);
        row(2, "LBL_Code", code);
        row(3, "LBL_OrgUnit", unit);
        row(4, "LBL_Reason", reason);
    }

    private void row(int y, String key, java.awt.Component field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = y;
        c.anchor = GridBagConstraints.EAST;
        c.insets = new Insets(3, 4, 3, 4);
        add(new JLabel(NbBundle.getMessage(GridForm.class, key)), c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        add(field, c);
    }

    /** @param choices the org units a grid may belong to */
    void setUnits(List<OrgChoice> choices) {
        Object selected = units.getSelectedItem();
        units.removeAllElements();
        choices.forEach(units::addElement);
        if (selected != null) {
            units.setSelectedItem(selected);
        }
    }

    /** Fills the fields from a grid read from the server, or clears them for a new one. */
    void fill(String kindValue, String nameValue, String codeValue, Long orgUnitId) {
        kind.setSelectedItem(kindValue == null ? KINDS[0] : kindValue);
        name.setText(nameValue == null ? "" : nameValue);
        code.setText(codeValue == null ? "" : codeValue);
        reason.setText("");
        for (int i = 0; i < units.getSize(); i++) {
            if (orgUnitId != null && units.getElementAt(i).id() == orgUnitId) {
                unit.setSelectedIndex(i);
            }
        }
    }

    /** @return the draft to check or save with this geometry */
    GridDraft draft(Geometry geometry, Integer version, boolean acceptWarnings) {
        OrgChoice owner = (OrgChoice) unit.getSelectedItem();
        JsonNode json = GeoJson.write(geometry);
        String text = code.getText().trim();
        String why = reason.getText().trim();
        return new GridDraft((String) kind.getSelectedItem(), name.getText().trim(), text.isEmpty() ? null : text,
                owner == null ? null : owner.id(), json, version, why.isEmpty() ? null : why, acceptWarnings);
    }

    /**
     * An org unit in the owner list.
     *
     * @param id    its id
     * @param label what the list shows
     */
    record OrgChoice(long id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }
}
