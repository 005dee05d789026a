package org.gridpatrol.desktop.connection.signin;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import org.openide.util.NbBundle;

/** The three fields of the sign-in dialog: server address, account, password. */
final class SignInPanel extends JPanel {
    private static final long serialVersionUID = 1L;

    final JTextField server = new JTextField(28);
    final JTextField account = new JTextField(16);
    final JPasswordField password = new JPasswordField(16);
    final JLabel message = new JLabel(" ");

    SignInPanel(String serverText, String accountText) {
        super(new GridBagLayout());
        setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
        server.setText(serverText);
        account.setText(accountText);
        row(0, "LBL_Server", server);
        row(1, "LBL_Account", account);
        row(2, "LBL_Password", password);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = 3;
        c.gridwidth = 2;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(8, 0, 0, 0);
        message.setForeground(new java.awt.Color(0xB00020));
        add(message, c);
    }

    private void row(int y, String key, java.awt.Component field) {
        JLabel label = new JLabel(NbBundle.getMessage(SignInPanel.class, key));
        label.setLabelFor(field);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = y;
        c.anchor = GridBagConstraints.EAST;
        c.insets = new Insets(4, 0, 4, 8);
        add(label, c);
        c.gridx = 1;
        c.anchor = GridBagConstraints.WEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        add(field, c);
    }
}
