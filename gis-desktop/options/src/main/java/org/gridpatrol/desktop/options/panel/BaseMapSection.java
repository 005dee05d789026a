package org.gridpatrol.desktop.options.panel;

import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingWorker;
import org.gridpatrol.desktop.options.api.BaseMapSource;
import org.gridpatrol.desktop.options.api.BaseMapSource.Kind;
import org.gridpatrol.desktop.options.api.DesktopOptions;
import org.gridpatrol.geoserver.http.OgcHttp;
import org.gridpatrol.geoserver.ogc.MapServiceException;
import org.openide.util.NbBundle;

/**
 * The base-map part of the Options page: the kind (none, XYZ template, offline folder, WMS, WMTS), its
 * address and layer. Each kind keeps its own saved source, so switching kinds back and forth loses nothing;
 * "Read layers" asks a WMS or WMTS for its layers off the event thread.
 */
final class BaseMapSection extends JPanel {
    private static final long serialVersionUID = 1L;
    private final JComboBox<Kind> kind = new JComboBox<>(Kind.values());
    private final JTextField location = new JTextField(34);
    private final JComboBox<Object> layer = new JComboBox<>();
    private final JButton read = new JButton(text("BTN_ReadLayers"));
    private final JLabel status = new JLabel(" ");
    private final Map<Kind, BaseMapSource> edited = new EnumMap<>(Kind.class);
    private final transient ServiceLayers services = new ServiceLayers(new OgcHttp(OgcHttp.Settings.defaults()));
    private Kind shown = Kind.NONE;

    BaseMapSection() {
        super(new GridBagLayout());
        setBorder(BorderFactory.createTitledBorder(text("LBL_BaseMap")));
        kind.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean sel, boolean focus) {
                return super.getListCellRendererComponent(list, text("BASEMAP_" + value), index, sel, focus);
            }
        });
        layer.setEditable(true);
        kind.addActionListener(e -> switchTo((Kind) kind.getSelectedItem()));
        read.addActionListener(e -> readLayers());
        row(0, "LBL_BaseMapKind", kind, null);
        row(1, "LBL_BaseMapLocation", location, read);
        row(2, "LBL_BaseMapLayer", layer, null);
        GridBagConstraints c = constraints(0, 3);
        c.gridwidth = 3;
        add(status, c);
    }

    /** @param edited told after the kind, the address or the layer changed */
    void whenEdited(Runnable edited) {
        kind.addActionListener(e -> edited.run());
        layer.addActionListener(e -> edited.run());
        location.getDocument().addDocumentListener(Edits.of(edited));
    }

    /** Shows the saved sources, the one in use selected. */
    void load(DesktopOptions options) {
        for (Kind k : Kind.values()) {
            edited.put(k, options.savedBaseMap(k));
        }
        BaseMapSource current = options.baseMap();
        edited.put(current.kind(), current);
        shown = current.kind();
        kind.setSelectedItem(shown);
        fill(current);
    }

    /** @return the source as edited now */
    BaseMapSource source() {
        Object typed = layer.getEditor().getItem();
        if (typed instanceof ServiceLayers.Offer offer) {
            return offer.source();
        }
        return new BaseMapSource(shown, location.getText(), typed == null ? "" : typed.toString());
    }

    /** @return true when the map can show the source; otherwise the status line says why */
    boolean valid() {
        Optional<BaseMapSource.Problem> problem = source().problem();
        status.setText(problem.map(p -> text("PROBLEM_" + p + (shown == Kind.WMTS ? "_WMTS" : ""))).orElse(" "));
        return problem.isEmpty();
    }

    private void switchTo(Kind next) {
        if (next == null || next == shown) {
            return;
        }
        edited.put(shown, source());
        shown = next;
        fill(edited.getOrDefault(next, new BaseMapSource(next, "", "")));
    }

    private void fill(BaseMapSource source) {
        location.setText(source.location());
        layer.removeAllItems();
        layer.getEditor().setItem(source.layer());
        boolean service = source.kind() == Kind.WMS || source.kind() == Kind.WMTS;
        location.setEnabled(source.kind() != Kind.NONE);
        layer.setEnabled(service);
        read.setEnabled(service);
        status.setText(" ");
    }

    private void readLayers() {
        Kind k = shown;
        String address = location.getText().trim();
        status.setText(text("MSG_ReadingLayers"));
        new SwingWorker<List<ServiceLayers.Offer>, Void>() {
            @Override
            protected List<ServiceLayers.Offer> doInBackground() throws Exception {
                return services.read(k, URI.create(address));
            }

            @Override
            protected void done() {
                try {
                    List<ServiceLayers.Offer> offers = get();
                    layer.removeAllItems();
                    offers.forEach(layer::addItem);
                    status.setText(NbBundle.getMessage(BaseMapSection.class, "MSG_LayersRead", offers.size()));
                } catch (ExecutionException e) {
                    status.setText(e.getCause() instanceof MapServiceException m ? ServiceLayers.message(m)
                            : String.valueOf(e.getCause().getMessage()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private void row(int y, String key, Component field, Component after) {
        GridBagConstraints c = constraints(0, y);
        add(new JLabel(text(key)), c);
        c = constraints(1, y);
        c.fill = GridBagConstraints.HORIZONTAL;
        add(field, c);
        if (after != null) {
            add(after, constraints(2, y));
        }
    }

    private static GridBagConstraints constraints(int x, int y) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(3, 4, 3, 4);
        return c;
    }

    private static String text(String key) {
        return NbBundle.getMessage(BaseMapSection.class, key);
    }
}
