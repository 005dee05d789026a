package org.gridpatrol.desktop.grid.editing.window;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.swing.AbstractButton;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JToggleButton;
import javax.swing.SwingUtilities;
import org.gridpatrol.desktop.connection.api.Connections;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.gridpatrol.desktop.grid.editing.check.FindingsPainter;
import org.gridpatrol.desktop.grid.editing.check.GridRefused;
import org.gridpatrol.desktop.grid.editing.check.GridStore;
import org.gridpatrol.desktop.grid.editing.check.SketchPainter;
import org.gridpatrol.desktop.grid.editing.pieces.PieceRefused;
import org.gridpatrol.desktop.grid.editing.sketch.GridPieces;
import org.gridpatrol.desktop.grid.editing.sketch.GridSketch;
import org.gridpatrol.desktop.grid.editing.sketch.SketchValidity;
import org.gridpatrol.desktop.grid.editing.tool.DeleteVertexTool;
import org.gridpatrol.desktop.grid.editing.tool.DrawPolygonTool;
import org.gridpatrol.desktop.grid.editing.tool.EditSession;
import org.gridpatrol.desktop.grid.editing.tool.InsertVertexTool;
import org.gridpatrol.desktop.grid.editing.tool.MergeTool;
import org.gridpatrol.desktop.grid.editing.tool.MoveVertexTool;
import org.gridpatrol.desktop.grid.editing.tool.SplitTool;
import org.gridpatrol.desktop.map.api.MapContext;
import org.gridpatrol.desktop.map.api.MapTool;
import org.gridpatrol.desktop.map.feed.GridFeatures;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.grid.GridCheck;
import org.gridpatrol.model.grid.GridFinding;
import org.gridpatrol.model.grid.GridView;
import org.jxmapviewer.JXMapViewer;
import org.jxmapviewer.viewer.GeoPosition;
import org.locationtech.jts.geom.Geometry;
import org.openide.DialogDisplayer;
import org.openide.NotifyDescriptor;
import org.openide.awt.ActionID;
import org.openide.awt.ActionReference;
import org.openide.awt.UndoRedo;
import org.openide.util.Lookup;
import org.openide.util.NbBundle;
import org.openide.util.RequestProcessor;
import org.openide.windows.TopComponent;

/**
 * The grid editor: start a new grid or edit the one selected on the map, pick a tool
 * (draw, move, insert, delete vertex), fill in the attributes, check with the server and
 * save. The outline is edited on the map; Undo/Redo there act on it.
 */
@TopComponent.Description(preferredID = "GridEditorTopComponent", persistenceType = TopComponent.PERSISTENCE_NEVER)
@TopComponent.Registration(mode = "properties", openAtStartup = true, position = 20)
@ActionID(category = "Window", id = "org.gridpatrol.desktop.grid.editing.window.GridEditorTopComponent")
@ActionReference(path = "Menu/Window", position = 20)
@TopComponent.OpenActionRegistration(displayName = "#CTL_GridEditorAction", preferredID = "GridEditorTopComponent")
public final class GridEditorTopComponent extends TopComponent {
    private static final long serialVersionUID = 1L;
    private static final RequestProcessor WORK = new RequestProcessor("GridPatrol grid editor");
    private static final GeoJson GEOJSON = new GeoJson(1_000_000);

    private final transient MapContext map;
    private final transient ServerConnection connection;
    private final transient GridStore store;
    private final transient SketchPainter sketchPainter = new SketchPainter();
    private final transient FindingsPainter findingsPainter = new FindingsPainter();
    private final GridForm form = new GridForm();
    private final DefaultListModel<String> findings = new DefaultListModel<>();
    private final JLabel status = new JLabel(" ");
    private final ButtonGroup tools = new ButtonGroup();
    private final List<AbstractButton> toolButtons = new ArrayList<>();
    private transient EditSession session;
    private transient GridPieces pieces = new GridPieces();
    private final transient GridPiecesSave piecesSave;
    private transient volatile List<Geometry> neighbours = List.of();
    private Long editedId;
    private Integer editedVersion;

    /** Creates the editor window. */
    public GridEditorTopComponent() {
        map = Lookup.getDefault().lookup(MapContext.class);
        connection = Connections.server();
        store = new GridStore(connection);
        piecesSave = new GridPiecesSave(store);
        map.addOverlay(sketchPainter);
        map.addOverlay(findingsPainter);
        setName(NbBundle.getMessage(GridEditorTopComponent.class, "CTL_GridEditorTopComponent"));
        setLayout(new BorderLayout(0, 6));
        setBorder(BorderFactory.createEmptyBorder(6, 6, 6, 6));
        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        top.add(row(button("BTN_NewGrid", this::startNew), button("BTN_EditSelected", this::editSelected),
                button("BTN_ZoomToGrid", this::zoomToGrid)));
        top.add(toolRow());
        top.add(form);
        top.add(row(button("BTN_Check", this::check), button("BTN_Save", this::save), button("BTN_Cancel", this::cancel)));
        add(top, BorderLayout.NORTH);
        JList<String> list = new JList<>(findings);
        JScrollPane scroll = new JScrollPane(list);
        scroll.setBorder(BorderFactory.createTitledBorder(NbBundle.getMessage(GridEditorTopComponent.class, "LBL_Findings")));
        add(scroll, BorderLayout.CENTER);
        // a long message must not widen the window: the window system keeps every window at
        // least as wide as its minimum size, which for a label is its whole text
        status.setMinimumSize(new Dimension(16, status.getPreferredSize().height));
        add(status, BorderLayout.SOUTH);
        connection.whenSignedIn(() -> WORK.post(this::loadUnits));
        enableEditing(false);
    }

    private JPanel toolRow() {
        JPanel row = new JPanel(new GridLayout(2, 3, 4, 2));
        row.add(tool("TOOL_Draw", () -> new DrawPolygonTool(session)));
        row.add(tool("TOOL_Move", () -> new MoveVertexTool(session)));
        row.add(tool("TOOL_Insert", () -> new InsertVertexTool(session)));
        row.add(tool("TOOL_Delete", () -> new DeleteVertexTool(session)));
        row.add(tool("TOOL_Split", () -> new SplitTool(session, pieces, m -> say("MSG_Refused", m))));
        row.add(tool("TOOL_Merge", () -> new MergeTool(session, map.grids(), editedId, this::mergeWith)));
        return row;
    }

    private JToggleButton tool(String key, Supplier<MapTool> make) {
        JToggleButton button = new JToggleButton(NbBundle.getMessage(GridEditorTopComponent.class, key));
        button.addActionListener(e -> {
            if (session != null) {
                map.setTool(make.get());
            }
        });
        tools.add(button);
        toolButtons.add(button);
        return button;
    }

    /** Brings the grid being edited, or else the selected one, into the middle of the map. */
    private void zoomToGrid() {
        Long id = editedId != null ? editedId : map.grids().selected();
        if (id != null) {
            map.showGrid(id);
        }
    }

    private static JPanel row(JButton... buttons) {
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 2));
        for (JButton b : buttons) {
            row.add(b);
        }
        return row;
    }

    private JButton button(String key, Runnable action) {
        JButton button = new JButton(NbBundle.getMessage(GridEditorTopComponent.class, key));
        button.addActionListener(e -> action.run());
        return button;
    }

    private void enableEditing(boolean on) {
        toolButtons.forEach(b -> b.setEnabled(on));
    }

    private void loadUnits() {
        TypeReference<List<JsonNode>> list = new TypeReference<>() {
        };
        try {
            List<GridForm.OrgChoice> choices = new ArrayList<>();
            for (JsonNode root : connection.get("/org-units", list)) {
                for (JsonNode unit : connection.get("/org-units/" + root.path("id").asLong() + "/subtree", list)) {
                    choices.add(new GridForm.OrgChoice(unit.path("id").asLong(),
                            unit.path("name").asText() + " (" + unit.path("code").asText() + ")"));
                }
            }
            SwingUtilities.invokeLater(() -> form.setUnits(choices));
        } catch (ServerException e) {
            say("MSG_ServerError", e.getMessage());
        }
    }

    private void startNew() {
        editedId = null;
        editedVersion = null;
        form.fill(null, null, null, null);
        begin(GridSketch.empty());
        toolButtons.get(0).doClick();
        say("MSG_DrawHint");
    }

    private void editSelected() {
        Long selected = map.grids().selected();
        if (selected == null) {
            say("MSG_SelectFirst");
            return;
        }
        WORK.post(() -> {
            try {
                GridView grid = store.get(selected);
                Geometry geometry = GEOJSON.readPolygonal(grid.geometry());
                SwingUtilities.invokeLater(() -> {
                    editedId = grid.id();
                    editedVersion = grid.version();
                    form.fill(grid.kind(), grid.name(), grid.code(), grid.orgUnitId());
                    map.showGrid(grid.id());
                    map.grids().hide(grid.id());
                    begin(GridSketch.of(geometry));
                    toolButtons.get(1).doClick();
                    say("MSG_Editing", grid.name(), grid.version());
                });
            } catch (ServerException e) {
                say("MSG_ServerError", e.getMessage());
            }
        });
    }

    private void mergeWith(long neighbourId) {
        EditSession merging = session;
        WORK.post(() -> {
            try {
                var edit = piecesSave.merge(merging, pieces, neighbourId);
                SwingUtilities.invokeLater(() -> merging.perform(edit));
            } catch (PieceRefused e) {
                say("MSG_Refused", e.getMessage());
            } catch (ServerException e) {
                say("MSG_ServerError", e.getMessage());
            }
        });
    }

    private void begin(GridSketch sketch) {
        session = new EditSession(sketch, map::projection, () -> neighbours);
        pieces = new GridPieces();
        sketch.addListener(this::sketchChanged);
        sketchPainter.show(session);
        findingsPainter.show(null);
        findings.clear();
        map.setUndoRedo(session.undoRedo());
        enableEditing(true);
        loadNeighbours();
        map.repaint();
    }

    /** Neighbours at full detail around the view, for exact snapping. */
    private void loadNeighbours() {
        JXMapViewer viewer = map.viewer();
        if (viewer == null) {
            return;
        }
        GeoPosition nw = viewer.convertPointToGeoPosition(new java.awt.Point(-viewer.getWidth(), -viewer.getHeight()));
        GeoPosition se = viewer.convertPointToGeoPosition(new java.awt.Point(2 * viewer.getWidth(), 2 * viewer.getHeight()));
        Long skip = editedId;
        WORK.post(() -> {
            try {
                List<Geometry> around = new ArrayList<>();
                GridFeatures.read(store.within(nw.getLongitude(), se.getLatitude(), se.getLongitude(), nw.getLatitude()))
                        .stream().filter(g -> skip == null || g.id() != skip).forEach(g -> around.add(g.geometry()));
                neighbours = around;
            } catch (ServerException e) {
                say("MSG_ServerError", e.getMessage());
            }
        });
    }

    private void sketchChanged() {
        // the server's findings were about the outline before this change
        findingsPainter.show(null);
        findings.clear();
        SketchValidity validity = SketchValidity.of(session.sketch());
        findingsPainter.showLocal(validity.at());
        if (validity.valid()) {
            say("MSG_Vertices", session.sketch().size());
        } else {
            say("MSG_Invalid", validity.message());
        }
        map.repaint();
    }

    private Geometry geometryOrSay() {
        Geometry geometry = session == null ? null : session.sketch().toGeometry();
        if (geometry == null) {
            say("MSG_NotClosed");
        }
        return geometry;
    }

    private void check() {
        Geometry geometry = geometryOrSay();
        if (geometry == null) {
            return;
        }
        var draft = form.draft(geometry, editedVersion, false);
        Long id = editedId;
        WORK.post(() -> {
            try {
                show(store.check(draft, id));
            } catch (GridRefused e) {
                show(e.check());
                say("MSG_ServerError", e.getMessage());
            } catch (ServerException e) {
                say("MSG_ServerError", e.getMessage());
            }
        });
    }

    private void save() {
        Geometry geometry = geometryOrSay();
        if (geometry == null) {
            return;
        }
        saveWith(geometry, false);
    }

    private void saveWith(Geometry geometry, boolean acceptWarnings) {
        var draft = form.draft(geometry, editedVersion, acceptWarnings);
        Long id = editedId;
        GridPieces saving = pieces;
        WORK.post(() -> {
            try {
                piecesSave.retireAbsorbed(saving, draft.name());
                GridView saved = id == null ? store.create(draft) : store.update(id, draft);
                SwingUtilities.invokeLater(() -> {
                    end();
                    map.reloadGrids();
                    map.grids().select(saved.id());
                    say("MSG_Saved", saved.name(), saved.version());
                    saving.splitOff().stream().findFirst().ifPresent(piece -> beginSplitOff(piece, saved));
                });
            } catch (GridRefused e) {
                show(e.check());
                if (e.onlyWarnings() && !acceptWarnings) {
                    SwingUtilities.invokeLater(() -> askToAccept(geometry));
                } else {
                    say("MSG_ServerError", e.getMessage());
                }
            } catch (ServerException e) {
                say("MSG_ServerError", e.getMessage());
            }
        });
    }

    /** The piece a split set aside, ready to be saved as a new grid once it has a name and code. */
    private void beginSplitOff(Geometry piece, GridView from) {
        editedVersion = null;
        form.fill(from.kind(), from.name() + " (2)", null, from.orgUnitId());
        begin(GridSketch.of(piece));
        say("MSG_SplitOffReady");
    }

    private void askToAccept(Geometry geometry) {
        NotifyDescriptor.Confirmation ask = new NotifyDescriptor.Confirmation(
                NbBundle.getMessage(GridEditorTopComponent.class, "MSG_AcceptWarnings"), NotifyDescriptor.YES_NO_OPTION);
        if (DialogDisplayer.getDefault().notify(ask) == NotifyDescriptor.YES_OPTION) {
            saveWith(geometry, true);
        }
    }

    private void show(GridCheck check) {
        findingsPainter.show(check);
        SwingUtilities.invokeLater(() -> {
            findings.clear();
            for (GridFinding f : check.errors()) {
                findings.addElement(NbBundle.getMessage(GridEditorTopComponent.class, "FINDING_Error", f.message()));
            }
            for (GridFinding f : check.warnings()) {
                findings.addElement(NbBundle.getMessage(GridEditorTopComponent.class, "FINDING_Warning", f.message()));
            }
            if (check.errors().isEmpty() && check.warnings().isEmpty()) {
                findings.addElement(NbBundle.getMessage(GridEditorTopComponent.class, "FINDING_None"));
            }
            map.repaint();
        });
    }

    private void cancel() {
        end();
        say("MSG_Cancelled");
    }

    private void end() {
        map.setTool(null);
        map.setUndoRedo(UndoRedo.NONE);
        map.grids().hide(null);
        sketchPainter.show(null);
        findingsPainter.show(null);
        session = null;
        editedId = null;
        tools.clearSelection();
        enableEditing(false);
        map.repaint();
    }

    /** Undo and Redo act on the outline from this window too, not only from the map. */
    @Override
    public UndoRedo getUndoRedo() {
        return map.undoRedo();
    }

    private void say(String key, Object... arguments) {
        String text = NbBundle.getMessage(GridEditorTopComponent.class, key, arguments);
        SwingUtilities.invokeLater(() -> status.setText(text));
    }
}
