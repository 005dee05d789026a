package org.gridpatrol.desktop.connection.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.gridpatrol.desktop.connection.api.ServerException;
import org.gridpatrol.desktop.connection.trust.PinningTrustManager;
import org.gridpatrol.desktop.connection.trust.SelfSignedServer;
import org.gridpatrol.desktop.connection.trust.TrustedCertificates;
import org.gridpatrol.desktop.connection.trust.UntrustedCertificateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in over HTTPS to a server with a self-signed certificate, before and after trusting it. */
class UntrustedServerSignInTest {
    @TempDir
    Path dir;

    @Test
    void untrustedCertificateIsReportedWithItsChainAndSignInWorksOnceTrusted() throws Exception {
        try (SelfSignedServer server = new SelfSignedServer(dir, "patrol", x -> {
            byte[] body = "{\"token\":\"t-9\"}".getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        })) {
            TrustedCertificates trusted = new TrustedCertificates(dir.resolve("trusted.p12"));
            HttpServerConnection connection = new HttpServerConnection(HttpClient.newBuilder()
                    .sslContext(new PinningTrustManager(trusted).context()).build());

            ServerException refused = assertThrows(ServerException.class,
                    () -> connection.signIn(server.address(), "supervisor", "secret".toCharArray()));
            assertEquals(HttpServerConnection.UNTRUSTED_CERTIFICATE, refused.code());
            UntrustedCertificateException untrusted = UntrustedCertificateException.in(refused);
            assertNotNull(untrusted);
            assertEquals(server.certificate(), untrusted.chain()[0]);

            trusted.trustOnce(untrusted.chain()[0]);
            connection.signIn(server.address(), "supervisor", "secret".toCharArray());
            assertEquals("t-9", connection.token());
        }
    }
}
