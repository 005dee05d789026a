package org.gridpatrol.desktop.replay.window;

import java.time.Instant;
import java.util.List;
import javax.swing.SwingUtilities;
import org.gridpatrol.desktop.replay.api.ReplayLauncher;
import org.openide.util.lookup.ServiceProvider;
import org.openide.windows.TopComponent;
import org.openide.windows.WindowManager;

/** Opens the replay window (the one registered) on the officers and moment asked for. */
@ServiceProvider(service = ReplayLauncher.class)
public final class ReplayWindowLauncher implements ReplayLauncher {

    @Override
    public void open(List<Long> officerIds, Instant from, Instant to, Instant at) {
        SwingUtilities.invokeLater(() -> {
            TopComponent window = WindowManager.getDefault().findTopComponent("ReplayTopComponent");
            if (window instanceof ReplayTopComponent replay) {
                replay.open();
                replay.requestActive();
                replay.open(officerIds, from, to, at);
            }
        });
    }
}
