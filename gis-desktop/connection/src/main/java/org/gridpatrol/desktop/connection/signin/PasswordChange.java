package org.gridpatrol.desktop.connection.signin;

import java.util.Arrays;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.util.NbBundle;

/**
 * Asks a new password twice when the server requires a change (first login, reset,
 * expiry) and sets it with {@code POST /auth/password}; the server's policy sentence is
 * shown when it refuses the new one.
 */
final class PasswordChange {
    private final ServerConnection connection;

    PasswordChange(ServerConnection connection) {
        this.connection = connection;
    }

    /** @return the bundle key of the complaint about the two entries, or null when they will do */
    static String check(char[] first, char[] second) {
        if (first.length == 0) {
            return "MSG_NewPasswordEmpty";
        }
        return Arrays.equals(first, second) ? null : "MSG_NewPasswordsDiffer";
    }

    /** @return the new password once the server took it, or null when the supervisor gave up */
    char[] ask(java.net.URI server, String account, char[] oldPassword) {
        JPasswordField first = new JPasswordField(16);
        JPasswordField second = new JPasswordField(16);
        JLabel message = new JLabel(NbBundle.getMessage(PasswordChange.class, "MSG_PasswordChangeRequired"));
        JPanel panel = new JPanel(new java.awt.GridLayout(0, 1, 4, 4));
        panel.setBorder(javax.swing.BorderFactory.createEmptyBorder(12, 12, 6, 12));
        panel.add(message);
        panel.add(new JLabel(NbBundle.getMessage(PasswordChange.class, "LBL_NewPassword")));
        panel.add(first);
        panel.add(new JLabel(NbBundle.getMessage(PasswordChange.class, "LBL_NewPasswordAgain")));
        panel.add(second);
        while (true) {
            DialogDescriptor dialog = new DialogDescriptor(panel,
                    NbBundle.getMessage(PasswordChange.class, "TITLE_PasswordChange"));
            if (DialogDisplayer.getDefault().notify(dialog) != DialogDescriptor.OK_OPTION) {
                return null;
            }
            char[] newPassword = first.getPassword();
            String complaint = check(newPassword, second.getPassword());
            if (complaint != null) {
                message.setText(NbBundle.getMessage(PasswordChange.class, complaint));
                continue;
            }
            try {
                connection.changePassword(server, account, oldPassword.clone(), newPassword.clone());
                return newPassword;
            } catch (ServerException e) {
                // the server's policy sentence (length, classes of characters, reuse) is the useful part
                message.setText(NbBundle.getMessage(PasswordChange.class, "MSG_NewPasswordRefused", e.getMessage()));
            }
        }
    }
}
