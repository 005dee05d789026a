package org.gridpatrol.desktop.organization.window;

import java.util.Comparator;
import java.util.List;
import javax.swing.JComboBox;
import org.gridpatrol.desktop.map.api.GridCatalog;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.desktop.organization.tree.ExplorerContext;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.util.NbBundle;

/** Asks which of the map's grids to assign an officer to, the grid selected on the map first. */
final class GridChoice implements ExplorerContext.GridChooser {
    private final GridCatalog grids;

    GridChoice(GridCatalog grids) {
        this.grids = grids;
    }

    @Override
    public Long choose(String officerLabel) {
        List<MapGrid> all = grids.grids().stream().sorted(Comparator.comparing(MapGrid::name)).toList();
        if (all.isEmpty()) {
            DialogDisplayer.getDefault().notify(new NotifyDescriptor.Message(
                    NbBundle.getMessage(GridChoice.class, "MSG_NoGrids")));
            return null;
        }
        JComboBox<String> box = new JComboBox<>();
        all.forEach(g -> box.addItem(g.name() + (g.code() == null ? "" : "  " + g.code())));
        Long selected = grids.selected();
        for (int i = 0; i < all.size(); i++) {
            if (selected != null && all.get(i).id() == selected) {
                box.setSelectedIndex(i);
            }
        }
        NotifyDescriptor ask = new NotifyDescriptor(box, NbBundle.getMessage(GridChoice.class, "TITLE_Assign", officerLabel),
                NotifyDescriptor.OK_CANCEL_OPTION, NotifyDescriptor.QUESTION_MESSAGE, null, NotifyDescriptor.OK_OPTION);
        if (DialogDisplayer.getDefault().notify(ask) != NotifyDescriptor.OK_OPTION) {
            return null;
        }
        return all.get(box.getSelectedIndex()).id();
    }
}
