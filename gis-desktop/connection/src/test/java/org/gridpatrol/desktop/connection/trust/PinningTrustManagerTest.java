package org.gridpatrol.desktop.connection.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real TLS handshake against a JDK HttpsServer with a self-signed certificate made by keytool. */
class PinningTrustManagerTest {
    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    Path dir;
    private HttpsServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void selfSignedServerIsRefusedFirstAndAcceptedOnceItsFingerprintIsTrusted() throws Exception {
        KeyStore serverKeys = keystore("server");
        URI address = serve(serverKeys);
        TrustedCertificates trusted = new TrustedCertificates(dir.resolve("trusted.p12"));
        HttpClient client = HttpClient.newBuilder().sslContext(new PinningTrustManager(trusted).context()).build();

        IOException refused = assertThrows(IOException.class, () -> get(client, address));
        UntrustedCertificateException untrusted = UntrustedCertificateException.in(refused);
        assertNotNull(untrusted, "the refusal carries the chain to show: " + refused);
        X509Certificate shown = untrusted.chain()[0];
        assertEquals(certificate(serverKeys), shown);

        trusted.trustOnce(shown);
        assertEquals("patrol", get(client, address));
    }

    @Test
    void trustedAlwaysSurvivesARestartButAnotherCertificateIsStillRefused() throws Exception {
        Path store = dir.resolve("trusted.p12");
        new TrustedCertificates(store).trustAlways(certificate(keystore("server")));

        TrustedCertificates later = new TrustedCertificates(store);
        assertTrue(later.trusts(certificate(keystore("server"))));
        URI address = serve(keystore("impostor"));
        HttpClient client = HttpClient.newBuilder().sslContext(new PinningTrustManager(later).context()).build();
        IOException refused = assertThrows(IOException.class, () -> get(client, address));
        assertNotNull(UntrustedCertificateException.in(refused), refused.toString());
    }

    @Test
    void fingerprintIsSha256InColonSeparatedHex() throws Exception {
        String fingerprint = Fingerprint.sha256(certificate(keystore("server")));
        assertTrue(fingerprint.matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), fingerprint);
    }

    private String get(HttpClient client, URI address) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(address).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private URI serve(KeyStore keys) throws Exception {
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", exchange -> {
            byte[] body = "patrol".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    /** One keystore per name, made once per test by the JDK's keytool. */
    private KeyStore keystore(String name) throws Exception {
        Path file = dir.resolve(name + ".p12");
        if (!Files.exists(file)) {
            String keytool = System.getProperty("java.home") + File.separator + "bin" + File.separator + "keytool";
            Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", name, "-keyalg", "RSA",
                    "-keysize", "2048", "-validity", "30", "-dname", "CN=" + name + ".bureau.local",
                    "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", file.toString(),
                    "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD))
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), output);
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    private static X509Certificate certificate(KeyStore store) throws Exception {
        return (X509Certificate) store.getCertificate(store.aliases().nextElement());
    }
}
