package org.gridpatrol.desktop.organization.window;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BorderLayout;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.gridpatrol.desktop.connection.api.Connections;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.gridpatrol.desktop.map.api.MapContext;
import org.gridpatrol.desktop.map.status.OfficerStates;
import org.gridpatrol.desktop.organization.tree.ExplorerContext;
import org.gridpatrol.desktop.organization.tree.UnitNode;
import org.gridpatrol.desktop.replay.api.ReplayLauncher;
import org.gridpatrol.model.assignment.NewAssignment;
import org.gridpatrol.model.duty.OfficerDuty;
import org.gridpatrol.model.officer.Officer;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.explorer.ExplorerManager;
import org.openide.explorer.ExplorerUtils;
import org.openide.explorer.view.BeanTreeView;
import org.openide.util.Lookup;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;
import org.openide.windows.TopComponent;

/**
 * The organization explorer: org units ▸ officers ▸ devices, each officer's live status
 * as his icon; locate, replay today and assign to a grid from his node's menu.
 */
@TopComponent.Description(preferredID = "OrganizationTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "explorer", openAtStartup = false, position = 10)
@ActionID(category = "Window", id = "org.gridpatrol.desktop.organization.window.OrganizationTopComponent")
@ActionReference(path = "Menu/Window", position = 5)
@TopComponent.OpenActionRegistration(displayName = "#CTL_OrganizationAction", preferredID = "OrganizationTopComponent")
public final class OrganizationTopComponent extends TopComponent implements ExplorerManager.Provider {
    private static final long serialVersionUID = 1L;
    private static final RequestProcessor LOADER = new RequestProcessor("GridPatrol organization");
    private static final TypeReference<OfficerDuty> DUTY = new TypeReference<>() {
    };
    private static final TypeReference<JsonNode> ANY = new TypeReference<>() {
    };

    private final transient ExplorerManager explorer = new ExplorerManager();
    private final transient ServerConnection connection = Connections.server();
    private final transient MapContext map = Lookup.getDefault().lookup(MapContext.class);
    private final transient OfficerStates states = map.officerStates();
    private final JLabel status = new JLabel(" ");

    /** Creates the explorer; it fills after sign-in. */
    public OrganizationTopComponent() {
        setName(NbBundle.getMessage(OrganizationTopComponent.class, "CTL_OrganizationTopComponent"));
        setLayout(new BorderLayout());
        BeanTreeView tree = new BeanTreeView();
        tree.setRootVisible(false);
        add(tree, BorderLayout.CENTER);
        status.setBorder(BorderFactory.createEmptyBorder(2, 6, 2, 6));
        add(status, BorderLayout.SOUTH);
        associateLookup(ExplorerUtils.createLookup(explorer, getActionMap()));
        connection.whenSignedIn(this::reload);
    }

    private void reload() {
        SwingUtilities.invokeLater(() -> status.setText(NbBundle.getMessage(OrganizationTopComponent.class, "MSG_Loading")));
        LOADER.post(() -> {
            try {
                ServerOrgDirectory directory = new ServerOrgDirectory(connection).load();
                ExplorerContext context = new ExplorerContext(directory, states, map,
                        Lookup.getDefault().lookup(ReplayLauncher.class), this::assign, new GridChoice(map.grids()),
                        Clock.systemUTC(), ZoneId.systemDefault(), true);
                List<Officer> officers = directory.allOfficers();
                SwingUtilities.invokeLater(() -> {
                    explorer.setRootContext(UnitNode.root(context));
                    status.setText(NbBundle.getMessage(OrganizationTopComponent.class, "MSG_Loaded", officers.size()));
                });
            } catch (ServerException e) {
                SwingUtilities.invokeLater(() -> status.setText(
                        NbBundle.getMessage(OrganizationTopComponent.class, "MSG_LoadFailed", e.getMessage())));
            }
        });
    }

    private void readOwnGrids(long officerId) {
        OfficerDuty duty = connection.get("/duty/officers/" + officerId + "/grids?at=" + Instant.now(), DUTY);
        Set<Long> grids = duty.grids().stream().map(g -> g.gridId()).collect(Collectors.toSet());
        states.ownGrids(officerId, grids);
    }

    private void assign(long officerId, long gridId) {
        connection.post("/assignments", new NewAssignment(officerId, null, gridId, null, null, null), ANY);
        readOwnGrids(officerId);
    }

    @Override
    public ExplorerManager getExplorerManager() {
        return explorer;
    }

    @Override
    protected void componentActivated() {
        ExplorerUtils.activateActions(explorer, true);
    }

    @Override
    protected void componentDeactivated() {
        ExplorerUtils.activateActions(explorer, false);
    }
}
