package org.gridpatrol.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.gridpatrol.server.account.Permissions;
import org.gridpatrol.server.account.Role;
import org.junit.jupiter.api.Test;

/** Reads every resource class of the WAR: each endpoint names its permission, and only a few are public. */
class EveryResourceDeclaresItsPermissionTest {
    private static final Set<Class<? extends java.lang.annotation.Annotation>> HTTP_METHODS =
            Set.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class);

    static List<Method> endpoints() throws IOException, URISyntaxException, ClassNotFoundException {
        java.nio.file.Path classes = Paths.get(PermissionCheck.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Method> endpoints = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, PermissionCheck.class.getClassLoader());
                if (type.isAnnotationPresent(Path.class)) {
                    for (Method method : type.getDeclaredMethods()) {
                        if (HTTP_METHODS.stream().anyMatch(method::isAnnotationPresent)) {
                            endpoints.add(method);
                        }
                    }
                }
            }
        }
        return endpoints;
    }

    @Test
    void everyEndpointNamesItsPermissionOrIsPublic() throws Exception {
        List<Method> endpoints = endpoints();
        assertTrue(endpoints.size() > 60, "found " + endpoints.size() + " endpoints");
        for (Method method : endpoints) {
            assertTrue(PermissionCheck.declared(method), method + " names no permission");
        }
    }

    @Test
    void onlyHealthLoginPasswordAndThePhonesSignInArePublic() throws Exception {
        Set<String> open = new TreeSet<>();
        for (Method method : endpoints()) {
            if (method.isAnnotationPresent(Public.class)) {
                open.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
            }
        }
        assertEquals(new TreeSet<>(Set.of("HealthResource.get", "AuthResource.login", "AuthResource.changePassword",
                "MobileResource.signIn", "MobileResource.refresh", "MobileResource.changePassword")), open);
    }

    @Test
    void everyPermissionNamedIsHeldBySomeRole() throws Exception {
        Set<String> held = new TreeSet<>();
        for (Role role : Role.values()) {
            held.addAll(Permissions.of(role));
        }
        for (Method method : endpoints()) {
            RequiresPermissions required = method.getAnnotation(RequiresPermissions.class);
            if (required != null) {
                for (String permission : required.value()) {
                    assertTrue(held.contains(permission), method + " needs " + permission + ", which no role holds");
                }
            }
        }
    }
}
