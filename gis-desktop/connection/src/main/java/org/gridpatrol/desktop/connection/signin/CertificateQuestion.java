package org.gridpatrol.desktop.connection.signin;

import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.swing.JTextArea;
import org.gridpatrol.desktop.connection.trust.Fingerprint;
import org.gridpatrol.desktop.connection.trust.TrustedCertificates;
import org.openide.DialogDescriptor;
import org.openide.DialogDisplayer;
import org.openide.util.NbBundle;

/** Shows a certificate no CA vouches for and asks whether to trust it once, always, or not. */
final class CertificateQuestion {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private CertificateQuestion() {
    }

    /** @return the certificate's subject, issuer, validity and SHA-256 fingerprint, one per line */
    static String describe(X509Certificate certificate, String server, ZoneId zone) {
        return NbBundle.getMessage(CertificateQuestion.class, "MSG_UntrustedCertificate", server,
                certificate.getSubjectX500Principal().getName(), certificate.getIssuerX500Principal().getName(),
                DAY.format(certificate.getNotBefore().toInstant().atZone(zone)),
                DAY.format(certificate.getNotAfter().toInstant().atZone(zone)), Fingerprint.sha256(certificate));
    }

    /** @return true when the supervisor trusted the certificate (then it is recorded in {@code trusted}) */
    static boolean ask(X509Certificate certificate, String server, TrustedCertificates trusted) {
        JTextArea text = new JTextArea(describe(certificate, server, ZoneId.systemDefault()));
        text.setEditable(false);
        text.setLineWrap(true);
        text.setWrapStyleWord(true);
        text.setColumns(60);
        String once = NbBundle.getMessage(CertificateQuestion.class, "BTN_TrustOnce");
        String always = NbBundle.getMessage(CertificateQuestion.class, "BTN_TrustAlways");
        DialogDescriptor dialog = new DialogDescriptor(text,
                NbBundle.getMessage(CertificateQuestion.class, "TITLE_UntrustedCertificate"), true,
                new Object[] {once, always, DialogDescriptor.CANCEL_OPTION}, DialogDescriptor.CANCEL_OPTION,
                DialogDescriptor.DEFAULT_ALIGN, null, null);
        Object choice = DialogDisplayer.getDefault().notify(dialog);
        if (once.equals(choice)) {
            trusted.trustOnce(certificate);
            return true;
        }
        if (always.equals(choice)) {
            trusted.trustAlways(certificate);
            return true;
        }
        return false;
    }
}
