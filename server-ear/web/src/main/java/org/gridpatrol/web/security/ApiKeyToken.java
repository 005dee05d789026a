package org.gridpatrol.web.security;

import org.apache.shiro.authc.HostAuthenticationToken;

/** The {@code X-Api-Key} header of an integration client's request. */
public final class ApiKeyToken implements HostAuthenticationToken {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final String host;

    public ApiKeyToken(String key, String host) {
        this.key = key;
        this.host = host;
    }

    @Override
    public Object getPrincipal() {
        return key;
    }

    @Override
    public Object getCredentials() {
        return key;
    }

    @Override
    public String getHost() {
        return host;
    }

    /** Never print the key. */
    @Override
    public String toString() {
        return "ApiKeyToken[host=" + host + "]";
    }
}
