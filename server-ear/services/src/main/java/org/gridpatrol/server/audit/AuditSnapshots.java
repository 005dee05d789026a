package org.gridpatrol.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A row as it is, before and after a write, so the audit log can say what changed. Only tables
 * named here are read; bulky and secret columns (geometries, hashes, engine state) are left out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class AuditSnapshots {
    private static final Map<String, String[]> LEFT_OUT = Map.ofEntries(
            Map.entry("grid", new String[] {"geom"}),
            Map.entry("officer", new String[0]),
            Map.entry("device", new String[0]),
            Map.entry("org_unit", new String[0]),
            Map.entry("shift", new String[0]),
            Map.entry("holiday", new String[0]),
            Map.entry("assignment", new String[0]),
            Map.entry("alarm", new String[] {"evidence"}),
            Map.entry("checkpoint", new String[] {"geom"}),
            Map.entry("patrol_plan", new String[0]),
            Map.entry("alarm_rule_set", new String[0]),
            Map.entry("app_user", new String[] {"password_hash"}),
            Map.entry("api_key", new String[] {"key_hash"}),
            Map.entry("org_unit_location_strategy", new String[0]),
            Map.entry("officer_location_strategy", new String[0]),
            Map.entry("webhook", new String[] {"secret"}),
            Map.entry("patrol_task", new String[0]));

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /**
     * @param table a table named above
     * @param id    the row's id
     * @return its columns as JSON values, or null when the table is not audited or the row is absent
     */
    public Map<String, Object> row(String table, String id) {
        String[] leftOut = LEFT_OUT.get(table);
        if (leftOut == null || id == null || !id.matches("[0-9]{1,18}")) {
            return null;
        }
        // the table name comes from the map above, never from a request
        // changed_xid (the integration feed's stamp) changes with every write and says nothing to an auditor
        String sql = "SELECT (to_jsonb(t) - ?::text[] - 'changed_xid'::text)::text FROM " + table + " t WHERE id = ?";
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(sql)) {
            Array columns = db.createArrayOf("text", leftOut);
            query.setArray(1, columns);
            query.setLong(2, Long.parseLong(id));
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? AuditLog.JSON.readValue(row.getString(1), new TypeReference<LinkedHashMap<String, Object>>() {
                }) : null;
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not read " + table + " " + id + " for the audit log", e);
        }
    }
}
