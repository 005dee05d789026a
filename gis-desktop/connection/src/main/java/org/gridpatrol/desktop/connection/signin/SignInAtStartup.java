package org.gridpatrol.desktop.connection.signin;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridpatrol.desktop.connection.api.Connections;
import org.openide.util.RequestProcessor;
import org.openide.windows.OnShowing;

/**
 * Asks for sign-in once the main window shows. With {@code -J-Dgridpatrol.server=URL}
 * (and optionally {@code gridpatrol.account}, {@code gridpatrol.password}) it signs in
 * without asking — for kiosks and the smoke run.
 */
@OnShowing
public final class SignInAtStartup implements Runnable {
    private static final Logger LOG = Logger.getLogger(SignInAtStartup.class.getName());

    @Override
    public void run() {
        String server = System.getProperty("gridpatrol.server");
        SignIn signIn = new SignIn(Connections.server());
        if (server == null) {
            signIn.ask();
            return;
        }
        String account = System.getProperty("gridpatrol.account", "");
        char[] password = System.getProperty("gridpatrol.password", "").toCharArray();
        RequestProcessor.getDefault().post(() -> {
            try {
                signIn.signIn(server, account, password);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "sign-in to " + server + " failed", e);
            }
        });
    }
}
