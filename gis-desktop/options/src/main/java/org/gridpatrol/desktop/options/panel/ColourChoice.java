package org.gridpatrol.desktop.options.panel;

import java.awt.Color;
import java.awt.FlowLayout;
import javax.swing.JButton;
import javax.swing.JColorChooser;
import javax.swing.JPanel;
import org.openide.util.NbBundle;

/** A swatch that opens the colour chooser, and a button back to the built-in colour (null). */
final class ColourChoice extends JPanel {
    private static final long serialVersionUID = 1L;
    private final JButton swatch = new JButton("    ");
    private Color chosen;

    ColourChoice(String title) {
        super(new FlowLayout(FlowLayout.LEFT, 4, 0));
        swatch.addActionListener(e -> {
            Color picked = JColorChooser.showDialog(this, title, chosen);
            if (picked != null) {
                set(picked);
            }
        });
        JButton reset = new JButton(NbBundle.getMessage(ColourChoice.class, "BTN_Default"));
        reset.addActionListener(e -> set(null));
        add(swatch);
        add(reset);
    }

    /** @param colour the colour to show, or null for the built-in one */
    void set(Color colour) {
        chosen = colour;
        swatch.setBackground(colour);
    }

    /** @return the chosen colour, or null for the built-in one */
    Color get() {
        return chosen;
    }
}
