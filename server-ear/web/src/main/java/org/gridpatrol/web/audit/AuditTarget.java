package org.gridpatrol.web.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The table whose row a resource's writes change, so {@link WriteAudit} can record the row
 * before and after (the id comes from the path's {@code {id}}, or from the answer when the
 * write created the row).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AuditTarget {
    /** @return the table, one {@link org.gridpatrol.server.audit.AuditSnapshots} reads */
    String value();
}
