package org.gridpatrol.desktop.connection.signin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import org.gridpatrol.desktop.connection.trust.Fingerprint;
import org.gridpatrol.desktop.connection.trust.SelfSignedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CertificateQuestionTest {
    @TempDir
    Path dir;

    @Test
    void theQuestionShowsSubjectIssuerValidityAndFingerprint() throws Exception {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try (SelfSignedServer server = new SelfSignedServer(dir, "patrol", x -> x.close())) {
            String text = CertificateQuestion.describe(server.certificate(), "https://patrol.bureau.local",
                    ZoneId.of("Asia/Shanghai"));
            assertTrue(text.contains("Subject: CN=patrol.bureau.local"), text);
            assertTrue(text.contains("Issuer: CN=patrol.bureau.local"), text);
            assertTrue(text.matches("(?s).*Valid from \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} to \\d{4}-.*"), text);
            assertTrue(text.contains(Fingerprint.sha256(server.certificate())), text);
        } finally {
            Locale.setDefault(before);
        }
    }
}
