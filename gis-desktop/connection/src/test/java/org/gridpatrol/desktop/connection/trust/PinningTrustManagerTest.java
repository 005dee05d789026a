package org.gridpatrol.desktop.connection.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real TLS handshake against a JDK HttpsServer with a self-signed certificate made by keytool. */
class PinningTrustManagerTest {
    private static final HttpHandler PATROL = exchange -> {
        byte[] body = "patrol".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    };

    @TempDir
    Path dir;

    @Test
    void selfSignedServerIsRefusedFirstAndAcceptedOnceItsFingerprintIsTrusted() throws Exception {
        try (SelfSignedServer server = new SelfSignedServer(dir, "server", PATROL)) {
            TrustedCertificates trusted = new TrustedCertificates(dir.resolve("trusted.p12"));
            HttpClient client = HttpClient.newBuilder().sslContext(new PinningTrustManager(trusted).context()).build();

            IOException refused = assertThrows(IOException.class, () -> get(client, server.address()));
            UntrustedCertificateException untrusted = UntrustedCertificateException.in(refused);
            assertNotNull(untrusted, "the refusal carries the chain to show: " + refused);
            X509Certificate shown = untrusted.chain()[0];
            assertEquals(server.certificate(), shown);

            trusted.trustOnce(shown);
            assertEquals("patrol", get(client, server.address()));
        }
    }

    @Test
    void trustedAlwaysSurvivesARestartButAnotherCertificateIsStillRefused() throws Exception {
        Path store = dir.resolve("trusted.p12");
        X509Certificate known;
        try (SelfSignedServer server = new SelfSignedServer(dir, "server", PATROL)) {
            known = server.certificate();
        }
        new TrustedCertificates(store).trustAlways(known);

        TrustedCertificates later = new TrustedCertificates(store);
        assertTrue(later.trusts(known));
        try (SelfSignedServer impostor = new SelfSignedServer(dir, "impostor", PATROL)) {
            HttpClient client = HttpClient.newBuilder().sslContext(new PinningTrustManager(later).context()).build();
            IOException refused = assertThrows(IOException.class, () -> get(client, impostor.address()));
            assertNotNull(UntrustedCertificateException.in(refused), refused.toString());
        }
    }

    @Test
    void fingerprintIsSha256InColonSeparatedHex() throws Exception {
        try (SelfSignedServer server = new SelfSignedServer(dir, "server", PATROL)) {
            String fingerprint = Fingerprint.sha256(server.certificate());
            assertTrue(fingerprint.matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), fingerprint);
        }
    }

    private static String get(HttpClient client, URI address) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(address.resolve("/")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }
}
