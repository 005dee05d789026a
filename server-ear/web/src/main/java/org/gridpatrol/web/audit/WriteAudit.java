package org.gridpatrol.web.audit;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridpatrol.model.Problem;
import org.gridpatrol.server.account.Identity;
import org.gridpatrol.server.audit.AuditLog;
import org.gridpatrol.server.audit.AuditRecord;
import org.gridpatrol.server.audit.AuditRecord.Outcome;
import org.gridpatrol.server.audit.AuditChanges;
import org.gridpatrol.server.audit.AuditSnapshots;
import org.gridpatrol.web.scope.CallerScope;

/**
 * One audit row for every write request (POST, PUT, DELETE, PATCH), allowed or not: who, from
 * which address, what (the resource method, e.g. GRID_UPDATE), on which object, the outcome, and
 * the object's row: all of it when created or deleted, the columns that changed, before and after,
 * when edited. Runs after the permission
 * check, so a refused request has no "before".
 */
@Provider
@Priority(Priorities.USER)
public class WriteAudit implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Logger LOG = Logger.getLogger(WriteAudit.class.getName());
    private static final String BEFORE = WriteAudit.class.getName() + ".before";
    private static final List<String> WRITES = List.of("POST", "PUT", "DELETE", "PATCH");

    @Context
    private ResourceInfo resource;

    @Context
    private HttpServletRequest http;

    @Inject
    private AuditLog audit;

    @Inject
    private AuditSnapshots snapshots;

    @Inject
    private CallerScope callers;

    @Override
    public void filter(ContainerRequestContext request) {
        String table = table();
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        if (audited(request) && table != null && id != null) {
            Map<String, Object> before = snapshots.row(table, id);
            if (before != null) {
                request.setProperty(BEFORE, before);
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!audited(request)) {
            return;
        }
        try {
            audit.record(record(request, response));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not audit " + request.getMethod() + " " + request.getUriInfo().getPath(), e);
        }
    }

    private AuditRecord record(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        String table = table();
        String id = request.getUriInfo().getPathParameters().getFirst("id");
        if (id == null && status < 300) {
            id = idOf(response.getEntity());
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("method", request.getMethod());
        summary.put("path", "/api/v1/" + request.getUriInfo().getPath().replaceFirst("^/", ""));
        summary.put("status", status);
        if (response.getEntity() instanceof Problem problem) {
            summary.put("problem", problem.code());
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> before = (Map<String, Object>) request.getProperty(BEFORE);
        if (table != null && id != null && status < 300) {
            Map<String, Object> after = snapshots.row(table, id);
            if (before == null && after != null) {
                summary.put("after", after);
            } else if (after == null && before != null) {
                summary.put("before", before);
            } else {
                Map<String, Object> changes = AuditChanges.between(before, after);
                if (!changes.isEmpty()) {
                    summary.put("changes", changes);
                }
            }
        }
        Identity who = callers.identity();
        Outcome outcome = status < 400 ? Outcome.SUCCESS : status == 401 || status == 403 ? Outcome.DENIED : Outcome.FAILURE;
        return new AuditRecord(who == null ? "anonymous" : who.name(), who == null ? null : who.userId(),
                http.getRemoteAddr(), action(), outcome, table, id, summary);
    }

    private boolean audited(ContainerRequestContext request) {
        Method method = resource.getResourceMethod();
        return method != null && WRITES.contains(request.getMethod()) && !method.isAnnotationPresent(NotAudited.class);
    }

    private String table() {
        Class<?> type = resource.getResourceClass();
        AuditTarget target = type == null ? null : type.getAnnotation(AuditTarget.class);
        return target == null ? null : target.value();
    }

    /** @return e.g. GRID_UPDATE for GridResource.update, ORG_UNIT_MOVE for OrgUnitResource.move */
    private String action() {
        String name = resource.getResourceClass().getSimpleName().replaceFirst("Resource$", "")
                + "_" + resource.getResourceMethod().getName();
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    private static String idOf(Object entity) {
        if (entity != null && entity.getClass().isRecord()) {
            for (RecordComponent component : entity.getClass().getRecordComponents()) {
                if (component.getName().equals("id")) {
                    try {
                        Object id = component.getAccessor().invoke(entity);
                        return id == null ? null : id.toString();
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }
}
