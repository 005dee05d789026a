package org.gridpatrol.desktop.options.panel;

import java.beans.PropertyChangeListener;
import java.beans.PropertyChangeSupport;
import javax.swing.JComponent;
import org.gridpatrol.desktop.options.api.DesktopOptions;
import org.netbeans.spi.options.OptionsPanelController;
import org.openide.util.HelpCtx;
import org.openide.util.Lookup;

/** Registers the GridPatrol page in Tools ▸ Options and moves its values to and from the settings. */
@OptionsPanelController.TopLevelRegistration(categoryName = "#OptionsCategory_Name",
        iconBase = "org/gridpatrol/desktop/options/panel/options32.png", keywords = "#OptionsCategory_Keywords",
        keywordsCategory = "GridPatrol", position = 10)
public final class GridPatrolOptions extends OptionsPanelController {
    private final PropertyChangeSupport support = new PropertyChangeSupport(this);
    private OptionsPanel panel;

    private OptionsPanel panel() {
        if (panel == null) {
            panel = new OptionsPanel(() -> {
                support.firePropertyChange(OptionsPanelController.PROP_VALID, null, null);
                support.firePropertyChange(OptionsPanelController.PROP_CHANGED, null, null);
            });
        }
        return panel;
    }

    @Override
    public void update() {
        panel().load(DesktopOptions.get());
    }

    @Override
    public void applyChanges() {
        panel().store(DesktopOptions.get());
    }

    @Override
    public void cancel() {
        // nothing is stored before OK
    }

    @Override
    public boolean isValid() {
        return panel().valid();
    }

    @Override
    public boolean isChanged() {
        return true;
    }

    @Override
    public JComponent getComponent(Lookup masterLookup) {
        return panel();
    }

    @Override
    public HelpCtx getHelpCtx() {
        return null;
    }

    @Override
    public void addPropertyChangeListener(PropertyChangeListener l) {
        support.addPropertyChangeListener(l);
    }

    @Override
    public void removePropertyChangeListener(PropertyChangeListener l) {
        support.removePropertyChangeListener(l);
    }
}
