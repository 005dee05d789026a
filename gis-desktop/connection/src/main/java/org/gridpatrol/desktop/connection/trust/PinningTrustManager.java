package org.gridpatrol.desktop.connection.trust;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Accepts what the JDK's CAs accept, and beyond that a server whose own certificate the
 * supervisor trusted (pinned by fingerprint, so another certificate is still refused).
 */
public final class PinningTrustManager implements X509TrustManager {
    private final X509TrustManager defaults;
    private final TrustedCertificates trusted;

    /** @param trusted the certificates trusted by the supervisor */
    public PinningTrustManager(TrustedCertificates trusted) {
        this.defaults = defaultTrustManager();
        this.trusted = trusted;
    }

    /** @return a TLS context using this trust manager */
    public SSLContext context() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {this}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS in this JDK", e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            defaults.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            if (chain == null || chain.length == 0 || !trusted.trusts(chain[0])) {
                throw new UntrustedCertificateException(chain, e);
            }
            chain[0].checkValidity();
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        defaults.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return defaults.getAcceptedIssuers();
    }

    private static X509TrustManager defaultTrustManager() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager) {
                    return (X509TrustManager) manager;
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no default trust manager", e);
        }
        throw new IllegalStateException("no X.509 trust manager in this JDK");
    }
}
