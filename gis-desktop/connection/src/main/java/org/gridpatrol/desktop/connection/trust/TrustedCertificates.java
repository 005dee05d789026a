package org.gridpatrol.desktop.connection.trust;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server certificates the supervisor chose to trust although no CA vouches for them:
 * for this session only, or always (kept in a PKCS12 file, the alias being the
 * fingerprint, so a replaced certificate is asked about again).
 */
public final class TrustedCertificates {
    // the store holds public certificates only; its password guards integrity, not secrets
    private static final char[] STORE_PASSWORD = "gridpatrol".toCharArray();

    private static TrustedCertificates userDirectory;

    private final Path storeFile;
    private final Set<String> fingerprints = ConcurrentHashMap.newKeySet();

    /** @param storeFile the PKCS12 file of certificates trusted always; read if present */
    public TrustedCertificates(Path storeFile) {
        this.storeFile = storeFile;
        if (Files.exists(storeFile)) {
            try {
                KeyStore store = load();
                fingerprints.addAll(java.util.Collections.list(store.aliases()));
            } catch (IOException | GeneralSecurityException e) {
                throw new IllegalStateException("cannot read the trusted certificates in " + storeFile, e);
            }
        }
    }

    /** @return the certificates trusted by this user, kept in the NetBeans user directory */
    public static synchronized TrustedCertificates ofUserDirectory() {
        if (userDirectory == null) {
            java.io.File home = org.openide.modules.Places.getUserDirectory();
            Path base = home != null ? home.toPath() : Path.of(System.getProperty("user.home"), ".gridpatrol");
            userDirectory = new TrustedCertificates(base.resolve("config").resolve("trusted-servers.p12"));
        }
        return userDirectory;
    }

    /** @return true when the certificate was trusted, once or always */
    public boolean trusts(X509Certificate certificate) {
        return fingerprints.contains(Fingerprint.sha256(certificate).toLowerCase(java.util.Locale.ROOT));
    }

    /** Trusts the certificate until the application ends. */
    public void trustOnce(X509Certificate certificate) {
        fingerprints.add(alias(certificate));
    }

    /** Trusts the certificate now and in later sessions. */
    public synchronized void trustAlways(X509Certificate certificate) {
        try {
            KeyStore store = Files.exists(storeFile) ? load() : empty();
            store.setCertificateEntry(alias(certificate), certificate);
            Files.createDirectories(storeFile.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(storeFile)) {
                store.store(out, STORE_PASSWORD);
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot store the trusted certificate in " + storeFile, e);
        }
        fingerprints.add(alias(certificate));
    }

    // PKCS12 lower-cases aliases, so fingerprints are kept lower-case throughout
    private static String alias(X509Certificate certificate) {
        return Fingerprint.sha256(certificate).toLowerCase(java.util.Locale.ROOT);
    }

    private KeyStore load() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(storeFile)) {
            store.load(in, STORE_PASSWORD);
        }
        return store;
    }

    private static KeyStore empty() throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, STORE_PASSWORD);
        return store;
    }
}
