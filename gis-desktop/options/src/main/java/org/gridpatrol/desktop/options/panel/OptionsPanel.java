package org.gridpatrol.desktop.options.panel;

import java.awt.Color;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JColorChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextField;
import org.gridpatrol.desktop.options.api.DesktopOptions;
import org.openide.util.NbBundle;

/** The GridPatrol page of Tools ▸ Options, laid out in code. */
final class OptionsPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private final JTextField server = new JTextField(28);
    private final JCheckBox sound = new JCheckBox(text("LBL_Sound"));
    private final Map<String, JButton> colours = new LinkedHashMap<>();
    private final JLabel message = new JLabel(" ");

    OptionsPanel() {
        super(new GridBagLayout());
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(4, 6, 4, 6);
        c.anchor = GridBagConstraints.WEST;
        c.gridy = 0;
        add(new JLabel(text("LBL_Server")), c);
        add(server, c);
        for (String kind : DesktopOptions.GRID_KINDS) {
            c.gridy++;
            JButton button = new JButton(" ");
            button.addActionListener(e -> {
                Color chosen = JColorChooser.showDialog(this, text("KIND_" + kind), button.getBackground());
                if (chosen != null) {
                    button.setBackground(chosen);
                    button.putClientProperty("chosen", chosen);
                }
            });
            JButton reset = new JButton(text("BTN_Default"));
            reset.addActionListener(e -> {
                button.putClientProperty("chosen", null);
                button.setBackground(null);
            });
            colours.put(kind, button);
            add(new JLabel(text("KIND_" + kind)), c);
            JPanel pair = new JPanel();
            pair.add(button);
            pair.add(reset);
            add(pair, c);
        }
        c.gridy++;
        c.gridwidth = 2;
        add(sound, c);
        c.gridy++;
        add(message, c);
    }

    void load(DesktopOptions options) {
        server.setText(options.server());
        sound.setSelected(options.soundOn());
        colours.forEach((kind, button) -> {
            Color colour = options.gridColour(kind);
            button.putClientProperty("chosen", colour);
            button.setBackground(colour);
        });
    }

    void store(DesktopOptions options) {
        options.setServer(server.getText().trim());
        options.setSoundOn(sound.isSelected());
        colours.forEach((kind, button) -> options.setGridColour(kind, (Color) button.getClientProperty("chosen")));
    }

    /** @return true when the server address is an http(s) address */
    boolean valid() {
        try {
            URI address = URI.create(server.getText().trim());
            boolean ok = address.getHost() != null && ("http".equals(address.getScheme()) || "https".equals(address.getScheme()));
            message.setText(ok ? " " : text("MSG_BadServer"));
            return ok;
        } catch (IllegalArgumentException e) {
            message.setText(text("MSG_BadServer"));
            return false;
        }
    }

    private static String text(String key) {
        return NbBundle.getMessage(OptionsPanel.class, key);
    }
}
