package org.gridpatrol.desktop.connection.signin;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.util.prefs.Preferences;
import org.gridpatrol.desktop.connection.api.ServerConnection;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.gridpatrol.desktop.connection.trust.TrustedCertificates;
import org.gridpatrol.desktop.connection.trust.UntrustedCertificateException;
import org.gridpatrol.desktop.options.api.DesktopOptions;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.util.NbBundle;
import org.openide.util.NbPreferences;

/**
 * Asks server address, account and password until the server accepts them or the
 * supervisor cancels; remembers address and account for next time. Refusals are told by
 * their code; an untrusted certificate and a required password change are handled here.
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
        boolean retry = false;
        while (true) {
            if (!retry) {
                DialogDescriptor dialog = new DialogDescriptor(panel, NbBundle.getMessage(SignIn.class, "TITLE_SignIn"));
                if (DialogDisplayer.getDefault().notify(dialog) != DialogDescriptor.OK_OPTION) {
                    return;
                }
            }
            retry = false;
            String server = panel.server.getText().trim();
            String account = panel.account.getText().trim();
            try {
                signIn(server, account, panel.password.getPassword());
                return;
            } catch (ServerException e) {
                SignInProblem problem = SignInProblem.of(e, server, ZoneId.systemDefault());
                panel.message.setText(problem.text());
                retry = answer(e, problem, panel, server, account);
            } catch (IllegalArgumentException e) {
                panel.message.setText(NbBundle.getMessage(SignIn.class, "MSG_SignInFailed", e.getMessage()));
            }
        }
    }

    /** @return true when the refusal was resolved here and signing in again may succeed */
    private boolean answer(ServerException e, SignInProblem problem, SignInPanel panel, String server, String account) {
        UntrustedCertificateException untrusted = UntrustedCertificateException.in(e);
        if (untrusted != null && untrusted.chain().length > 0) {
            X509Certificate certificate = untrusted.chain()[0];
            return CertificateQuestion.ask(certificate, server, TrustedCertificates.ofUserDirectory());
        }
        if (problem.passwordChangeRequired()) {
            char[] newPassword = new PasswordChange(connection).ask(URI.create(server), account,
                    panel.password.getPassword());
            if (newPassword != null) {
                panel.password.setText(new String(newPassword));
                java.util.Arrays.fill(newPassword, '\0');
                return true;
            }
        }
        return false;
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
