package org.gridpatrol.web.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the few resource methods anyone may call without credentials (health, login, the
 * phone's sign-in). Every other resource method names the permission it needs with Shiro's
 * {@code @RequiresPermissions} (or {@code @RequiresAuthentication}); one with neither is refused.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Public {
}
