package org.gridpatrol.desktop.options.panel;

import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.gridpatrol.desktop.options.api.DesktopOptions;
import org.openide.util.NbBundle;

/** The GridPatrol page of Tools ▸ Options, laid out in code: server, base map, colours, sound. */
final class OptionsPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private final JTextField server = new JTextField(28);
    private final BaseMapSection baseMap = new BaseMapSection();
    private final JCheckBox sound = new JCheckBox(text("LBL_Sound"));
    private final Map<String, ColourChoice> gridColours = new LinkedHashMap<>();
    private final Map<String, ColourChoice> officerColours = new LinkedHashMap<>();
    private final JLabel message = new JLabel(" ");

    /** @param edited told after each edit, so the dialog asks {@link #valid()} again */
    OptionsPanel(Runnable edited) {
        super(new GridBagLayout());
        server.getDocument().addDocumentListener(Edits.of(edited));
        baseMap.whenEdited(edited);
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(4, 6, 4, 6);
        c.anchor = GridBagConstraints.NORTHWEST;
        c.gridy = 0;
        c.gridwidth = 2;
        JPanel address = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        address.add(new JLabel(text("LBL_Server")));
        address.add(server);
        add(address, c);
        c.gridy = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        add(baseMap, c);
        c.gridy = 2;
        c.gridwidth = 1;
        add(colours("LBL_GridColours", "KIND_", DesktopOptions.GRID_KINDS, gridColours), c);
        add(colours("LBL_OfficerColours", "STATE_", DesktopOptions.OFFICER_STATES, officerColours), c);
        c.gridy = 3;
        c.gridwidth = 2;
        add(sound, c);
        c.gridy = 4;
        add(message, c);
    }

    private static JComponent colours(String title, String prefix, String[] keys, Map<String, ColourChoice> choices) {
        JPanel panel = new JPanel(new GridBagLayout());
        panel.setBorder(BorderFactory.createTitledBorder(text(title)));
        GridBagConstraints c = new GridBagConstraints();
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(2, 4, 2, 4);
        for (String key : keys) {
            c.gridy++;
            ColourChoice choice = new ColourChoice(text(prefix + key));
            choices.put(key, choice);
            panel.add(new JLabel(text(prefix + key)), c);
            panel.add(choice, c);
        }
        return panel;
    }

    void load(DesktopOptions options) {
        server.setText(options.server());
        baseMap.load(options);
        sound.setSelected(options.soundOn());
        gridColours.forEach((kind, choice) -> choice.set(options.gridColour(kind)));
        officerColours.forEach((state, choice) -> choice.set(options.officerColour(state)));
    }

    void store(DesktopOptions options) {
        options.setServer(server.getText().trim());
        if (baseMap.valid()) {
            options.setBaseMap(baseMap.source());
        }
        options.setSoundOn(sound.isSelected());
        gridColours.forEach((kind, choice) -> options.setGridColour(kind, choice.get()));
        officerColours.forEach((state, choice) -> options.setOfficerColour(state, choice.get()));
    }

    /** @return true when the server address is an http(s) address and the map can show the base map */
    boolean valid() {
        boolean map = baseMap.valid();
        try {
            URI address = URI.create(server.getText().trim());
            boolean ok = address.getHost() != null && ("http".equals(address.getScheme()) || "https".equals(address.getScheme()));
            message.setText(ok ? " " : text("MSG_BadServer"));
            return ok && map;
        } catch (IllegalArgumentException e) {
            message.setText(text("MSG_BadServer"));
            return false;
        }
    }

    private static String text(String key) {
        return NbBundle.getMessage(OptionsPanel.class, key);
    }
}
