package org.gridpatrol.desktop.map.window;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingWorker;
import org.gridpatrol.desktop.map.basemap.BaseMap;
import org.gridpatrol.desktop.map.basemap.BaseMapChoice;
import org.gridpatrol.geoserver.http.OgcHttp;
import org.gridpatrol.geoserver.http.WmsClient;
import org.gridpatrol.geoserver.http.WmtsClient;
import org.gridpatrol.geoserver.ogc.MapServiceException;
import org.gridpatrol.geoserver.ogc.NotAMapServiceException;
import org.gridpatrol.geoserver.ogc.WmsCapabilities;
import org.gridpatrol.geoserver.ogc.WmtsCapabilities;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.util.NbBundle;

/**
 * Asks which base map to show: none, an XYZ server, an offline tile folder, a WMS or a WMTS. For WMS and
 * WMTS, "Read layers" fetches the capabilities (off the event thread) and offers their layers; the choice
 * is stored with what the capabilities said, so the map starts without asking the server again.
 */
final class BaseMapDialog {
    private static final WmsClient WMS = new WmsClient(new OgcHttp(OgcHttp.Settings.defaults()));
    private static final WmtsClient WMTS = new WmtsClient(new OgcHttp(OgcHttp.Settings.defaults()));

    private final JComboBox<BaseMap.Kind> kind = new JComboBox<>(BaseMap.Kind.values());
    private final JTextField location = new JTextField(36);
    private final JComboBox<String> layers = new JComboBox<>();
    private final JLabel status = new JLabel(" ");
    private final List<BaseMap> choices = new ArrayList<>();

    private BaseMapDialog() {
    }

    /** @return the chosen base map, or null when cancelled */
    static BaseMap ask(BaseMap current) {
        return new BaseMapDialog().show(current);
    }

    private BaseMap show(BaseMap current) {
        kind.setSelectedItem(current.kind());
        kind.setRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, text("BASEMAP_" + value), index, selected, focus);
            }
        });
        location.setText(current.kind() == BaseMap.Kind.WMTS ? "" : current.location());
        layers.setEditable(true);
        layers.getEditor().setItem(current.layers().split(";")[0]);
        JButton read = new JButton(text("BTN_ReadLayers"));
        read.addActionListener(e -> readLayers());
        JPanel panel = new JPanel(new GridBagLayout());
        row(panel, 0, "LBL_BaseMapKind", kind);
        row(panel, 1, "LBL_BaseMapLocation", location);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 2;
        c.gridy = 1;
        panel.add(read, c);
        row(panel, 2, "LBL_BaseMapLayers", layers);
        c = new GridBagConstraints();
        c.gridy = 3;
        c.gridwidth = 3;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(4, 4, 4, 4);
        panel.add(status, c);
        c.gridy = 4;
        c.insets = new Insets(8, 4, 4, 4);
        panel.add(new JLabel(text("HINT_BaseMap")), c);
        DialogDescriptor dialog = new DialogDescriptor(panel, text("TITLE_BaseMap"));
        if (DialogDisplayer.getDefault().notify(dialog) != DialogDescriptor.OK_OPTION) {
            return null;
        }
        return chosen(current);
    }

    private BaseMap chosen(BaseMap current) {
        BaseMap.Kind k = (BaseMap.Kind) kind.getSelectedItem();
        int picked = layers.getSelectedIndex();
        if ((k == BaseMap.Kind.WMS || k == BaseMap.Kind.WMTS) && picked >= 0 && picked < choices.size()
                && choices.get(picked).kind() == k) {
            return choices.get(picked);
        }
        if (k == BaseMap.Kind.WMTS) {
            // a WMTS needs its capabilities; keep the current one when the layers were not read
            return current.kind() == BaseMap.Kind.WMTS ? current : null;
        }
        Object typed = layers.getEditor().getItem();
        return new BaseMap(k, location.getText().trim(), typed == null ? "" : typed.toString().trim());
    }

    private void readLayers() {
        BaseMap.Kind k = (BaseMap.Kind) kind.getSelectedItem();
        String address = location.getText().trim();
        if (k != BaseMap.Kind.WMS && k != BaseMap.Kind.WMTS || address.isEmpty()) {
            status.setText(text("MSG_ReadLayersNeedsService"));
            return;
        }
        status.setText(text("MSG_ReadingLayers"));
        new SwingWorker<Object, Void>() {
            @Override
            protected Object doInBackground() throws Exception {
                URI uri = URI.create(address);
                if (k == BaseMap.Kind.WMTS) {
                    return WMTS.capabilities(uri);
                }
                try {
                    return WMS.capabilities(uri, "1.3.0");
                } catch (NotAMapServiceException e) {
                    return WMS.capabilities(uri, "1.1.1");
                }
            }

            @Override
            protected void done() {
                try {
                    show(get());
                } catch (ExecutionException e) {
                    status.setText(e.getCause() instanceof MapServiceException m ? BaseMapChoice.message(m)
                            : String.valueOf(e.getCause().getMessage()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }.execute();
    }

    private void show(Object read) {
        choices.clear();
        layers.removeAllItems();
        if (read instanceof WmsCapabilities wms) {
            wms.layers().forEach(l -> add(l.name() + "  " + l.title(), BaseMapChoice.wms(wms, l)));
        } else if (read instanceof WmtsCapabilities wmts) {
            wmts.layers().forEach(l -> {
                Optional<BaseMap> map = BaseMapChoice.wmts(wmts, l);
                map.ifPresent(m -> add(l.identifier() + "  " + l.title(), m));
            });
        }
        status.setText(NbBundle.getMessage(BaseMapDialog.class, "MSG_LayersRead", choices.size()));
    }

    private void add(String label, BaseMap map) {
        choices.add(map);
        layers.addItem(label);
    }

    private static String text(String key) {
        return NbBundle.getMessage(BaseMapDialog.class, key);
    }

    private static void row(JPanel panel, int y, String key, java.awt.Component field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridy = y;
        c.anchor = GridBagConstraints.EAST;
        c.insets = new Insets(4, 4, 4, 4);
        panel.add(new JLabel(text(key)), c);
        c.gridx = 1;
        c.anchor = GridBagConstraints.WEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        panel.add(field, c);
    }
}
