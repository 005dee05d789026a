package org.gridpatrol.web.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A POST, PUT or DELETE that {@link WriteAudit} leaves alone, and why: it changes nothing
 * (a check, a measurement), it writes its own audit rows (login, password), or its data is
 * itself the record (position uploads).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NotAudited {
    /** @return why the generic audit row is not written */
    String value();
}
