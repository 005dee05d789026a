package org.gridpatrol.desktop.connection.trust;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/** A server certificate neither a CA nor the supervisor vouches for; carries the chain to show. */
public final class UntrustedCertificateException extends CertificateException {
    private static final long serialVersionUID = 1L;

    private final transient X509Certificate[] chain;

    UntrustedCertificateException(X509Certificate[] chain, CertificateException cause) {
        super("the server's certificate is not trusted", cause);
        this.chain = chain == null ? new X509Certificate[0] : chain.clone();
    }

    /** @return the chain the server presented, its own certificate first */
    public X509Certificate[] chain() {
        return chain.clone();
    }

    /**
     * @param failure a failed request's exception
     * @return the untrusted-certificate cause in its chain, or null
     */
    public static UntrustedCertificateException in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UntrustedCertificateException) {
                return (UntrustedCertificateException) t;
            }
        }
        return null;
    }
}
