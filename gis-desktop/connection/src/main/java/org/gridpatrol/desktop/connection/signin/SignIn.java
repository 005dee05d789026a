package org.gridpatrol.desktop.connection.signin;

import java.net.URI;
import java.time.ZoneId;
import java.util.prefs.Preferences;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.util.NbBundle;
import org.gridpatrol.desktop.options.api.DesktopOptions;
import org.openide.util.NbPreferences;

/**
 * Asks server address, account and password until the server accepts them or the
 * supervisor cancels; remembers address and account for next time.
 */
public final class SignIn {
    static final String DEFAULT_SERVER = "http://127.0.0.1:8080";

    private final ServerConnection connection;
    private final Preferences preferences = NbPreferences.forModule(SignIn.class);

    /** @param connection the connection to sign in */
    public SignIn(ServerConnection connection) {
        this.connection = connection;
    }

    /** Shows the dialog (on the event dispatch thread) and signs in; the call blocks while it is open. */
    public void ask() {
        SignInPanel panel = new SignInPanel(DesktopOptions.get().server(), preferences.get("account", ""));
        while (true) {
            DialogDescriptor dialog = new DialogDescriptor(panel, NbBundle.getMessage(SignIn.class, "TITLE_SignIn"));
            if (DialogDisplayer.getDefault().notify(dialog) != DialogDescriptor.OK_OPTION) {
                return;
            }
            try {
                signIn(panel.server.getText().trim(), panel.account.getText().trim(), panel.password.getPassword());
                return;
            } catch (ServerException e) {
                SignInProblem problem = SignInProblem.of(e, panel.server.getText().trim(), ZoneId.systemDefault());
                panel.message.setText(problem.text());
            } catch (IllegalArgumentException e) {
                panel.message.setText(NbBundle.getMessage(SignIn.class, "MSG_SignInFailed", e.getMessage()));
            }
        }
    }

    /**
     * Signs in without asking.
     *
     * @param server   base address
     * @param account  account
     * @param password password
     */
    public void signIn(String server, String account, char[] password) {
        URI address = URI.create(server);
        if (address.getScheme() == null || address.getHost() == null) {
            throw new IllegalArgumentException(NbBundle.getMessage(SignIn.class, "MSG_BadAddress", server));
        }
        connection.signIn(address, account, password);
        DesktopOptions.get().setServer(server);
        preferences.put("account", account);
    }
}
