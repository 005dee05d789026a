package org.gridpatrol.web.mobile;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.gridpatrol.server.mobile.DeviceIdentity;
import org.gridpatrol.server.mobile.DeviceSignIn;

/** Resolves the bearer token of a mobile call to the officer and device it was issued to. */
@Provider
@DeviceAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class DeviceTokenFilter implements ContainerRequestFilter {
    static final String IDENTITY = DeviceIdentity.class.getName();

    @Inject
    private DeviceSignIn signIn;

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip() : null;
        request.setProperty(IDENTITY, signIn.identify(token));
    }

    /** Request properties are servlet request attributes in a servlet container (JAX-RS 3.1, 10.2). */
    static DeviceIdentity identity(jakarta.servlet.http.HttpServletRequest request) {
        return (DeviceIdentity) request.getAttribute(IDENTITY);
    }
}
