package org.gridpatrol.server.integration;

/**
 * The tables an integration client pages through, each as the JSON PostgreSQL writes for a row
 * ({@code t} is the table, {@code u} the org unit that decides the row's data scope).
 */
public enum Feed {
    ORG_UNITS("org-unit", "org_unit t JOIN org_unit u ON u.id = t.id", """
            json_build_object('id', t.id, 'parentId', t.parent_id, 'kind', t.kind, 'name', t.name, 'code', t.code,
                              'path', t.path, 'active', t.active, 'updatedAt', t.updated_at)"""),
    OFFICERS("officer", "officer t JOIN org_unit u ON u.id = t.squad_id", """
            json_build_object('id', t.id, 'badgeNo', t.badge_no, 'name', t.name, 'phone', t.phone,
                              'squadId', t.squad_id, 'active', t.active, 'updatedAt', t.updated_at)"""),
    ALARMS("alarm", "alarm t JOIN org_unit u ON u.id = t.org_unit_id", """
            json_build_object('id', t.id, 'type', t.type, 'officerId', t.officer_id, 'gridId', t.grid_id,
                              'orgUnitId', t.org_unit_id, 'state', t.state, 'startedAt', t.started_at,
                              'endedAt', t.ended_at, 'durationS', t.duration_s, 'raisedAt', t.raised_at,
                              'raisedLate', t.raised_late, 'reason', t.reason, 'disposition', t.disposition,
                              'updatedAt', t.updated_at,
                              'handling', (SELECT coalesce(json_agg(json_build_object('action', h.action,
                                                  'byUserId', h.by_user_id, 'by', a.display_name, 'at', h.at,
                                                  'disposition', h.disposition, 'note', h.note) ORDER BY h.at, h.id), '[]')
                                             FROM alarm_handling h JOIN app_user a ON a.id = h.by_user_id
                                            WHERE h.alarm_id = t.id))"""),
    INCIDENTS("incident", "incident t JOIN org_unit u ON u.id = t.org_unit_id", """
            json_build_object('id', t.id, 'officerId', t.officer_id, 'category', t.category_code,
                              'description', t.description, 'address', t.address, 'lon', t.lon, 'lat', t.lat,
                              'reportedAt', t.reported_at, 'receivedAt', t.received_at, 'state', t.state,
                              'gridId', t.grid_id, 'orgUnitId', t.org_unit_id, 'updatedAt', t.updated_at)"""),
    GRIDS("grid", "grid t JOIN org_unit u ON u.id = t.org_unit_id", """
            json_build_object('type', 'Feature', 'id', t.id, 'geometry', ST_AsGeoJSON(t.geom, 7)::json,
                              'properties', json_build_object('kind', t.kind, 'name', t.name, 'code', t.code,
                                  'orgUnitId', t.org_unit_id, 'areaM2', round(t.area_m2::numeric, 1),
                                  'version', t.version, 'retiredAt', t.retired_at, 'updatedAt', t.updated_at))""");

    private final String noun;
    private final String from;
    private final String json;

    Feed(String noun, String from, String json) {
        this.noun = noun;
        this.from = from;
        this.json = json;
    }

    /** @return the page query: scope path, cursor xid, cursor id, limit */
    String pageSql() {
        return "SELECT t.changed_xid::text, t.id, " + json + "::text FROM " + from
                + " WHERE u.path LIKE ? || '%' AND (t.changed_xid, t.id) > (?::text::xid8, ?)"
                // only rows of transactions older than any still running: none can commit behind the cursor
                + " AND t.changed_xid < pg_snapshot_xmin(pg_current_snapshot())"
                + " ORDER BY t.changed_xid, t.id LIMIT ?";
    }

    /** @return the query of one row: scope path, id */
    String oneSql() {
        return "SELECT " + json + "::text FROM " + from + " WHERE u.path LIKE ? || '%' AND t.id = ?";
    }

    /** @return what one row is called in problem codes, e.g. {@code alarm} */
    String noun() {
        return noun;
    }
}
