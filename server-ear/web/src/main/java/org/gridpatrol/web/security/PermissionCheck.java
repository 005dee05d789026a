package org.gridpatrol.web.security;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import org.apache.shiro.authz.UnauthorizedException;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.apache.shiro.authz.aop.AuthenticatedAnnotationHandler;
import org.apache.shiro.authz.aop.AuthorizingAnnotationHandler;
import org.apache.shiro.authz.aop.PermissionAnnotationHandler;

/**
 * The one authorization check of the API: Shiro's annotations on each resource method
 * ({@code @RequiresPermissions}, or {@code @RequiresAuthentication} where any logged-in caller
 * will do), checked by Shiro's own handlers against the request's subject before the method runs.
 * A method marked {@link Public} is open; a method with neither is refused to everyone, so a new
 * endpoint stays closed until someone names its permission.
 */
@Provider
public class PermissionCheck implements DynamicFeature {
    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method.isAnnotationPresent(Public.class)) {
            return;
        }
        RequiresPermissions permissions = method.getAnnotation(RequiresPermissions.class);
        RequiresAuthentication authenticated = method.getAnnotation(RequiresAuthentication.class);
        if (permissions != null) {
            context.register(new Check(new PermissionAnnotationHandler(), permissions), Priorities.AUTHORIZATION);
        } else if (authenticated != null) {
            context.register(new Check(new AuthenticatedAnnotationHandler(), authenticated), Priorities.AUTHORIZATION);
        } else {
            context.register(new Undeclared(method), Priorities.AUTHORIZATION);
        }
    }

    /** @return true when a method names what it needs, or is public */
    static boolean declared(Method method) {
        return method.isAnnotationPresent(Public.class) || method.isAnnotationPresent(RequiresPermissions.class)
                || method.isAnnotationPresent(RequiresAuthentication.class);
    }

    /** Asks Shiro whether the subject may call the method: UnauthenticatedException or UnauthorizedException if not. */
    static final class Check implements ContainerRequestFilter {
        private final AuthorizingAnnotationHandler handler;
        private final Annotation annotation;

        Check(AuthorizingAnnotationHandler handler, Annotation annotation) {
            this.handler = handler;
            this.annotation = annotation;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            handler.assertAuthorized(annotation);
        }
    }

    /** Refuses every call of a method that names no permission. */
    static final class Undeclared implements ContainerRequestFilter {
        private final Method method;

        Undeclared(Method method) {
            this.method = method;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            throw new UnauthorizedException("no permission is declared for " + method);
        }
    }
}
