package org.gridpatrol.desktop.connection.trust;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.File;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** A loopback HTTPS server whose self-signed certificate the JDK's keytool makes in a temp dir. */
public final class SelfSignedServer implements AutoCloseable {
    private static final String PASSWORD = "changeit";

    private final HttpsServer server;
    private final X509Certificate certificate;

    /** Starts a server named {@code name} answering every request with {@code handler}. */
    public SelfSignedServer(Path dir, String name, HttpHandler handler) throws Exception {
        KeyStore keys = keystore(dir, name);
        certificate = (X509Certificate) keys.getCertificate(name);
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(managers.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context));
        server.createContext("/", handler);
        server.start();
    }

    /** @return the base address */
    public URI address() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort());
    }

    /** @return the server's certificate */
    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static KeyStore keystore(Path dir, String name) throws Exception {
        Path file = dir.resolve(name + ".p12");
        if (!Files.exists(file)) {
            String keytool = System.getProperty("java.home") + File.separator + "bin" + File.separator + "keytool";
            Process process = new ProcessBuilder(keytool, "-genkeypair", "-alias", name, "-keyalg", "RSA",
                    "-keysize", "2048", "-validity", "30", "-dname", "CN=" + name + ".bureau.local",
                    "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", file.toString(),
                    "-storepass", PASSWORD, "-keypass", PASSWORD).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD.toCharArray());
        }
        return store;
    }
}
