package org.gridpatrol.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code GET /api/v1/health} reports: whether the server can serve, and why not.
 *
 * @param status         {@code UP} or {@code DOWN}
 * @param version        the GridPatrol version
 * @param database       PostgreSQL version string, or null when it cannot be reached
 * @param postgis        PostGIS version, or null
 * @param schemaVersion  the latest applied migration, or null
 * @param schemaState    {@code CURRENT}, {@code MIGRATING} or {@code FAILED}
 * @param message        why the server is down, for a human; null when up
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Health(String status, String version, String database, String postgis,
                     String schemaVersion, String schemaState, String message) {

    /** @return true when the server can serve requests */
    public boolean up() {
        return "UP".equals(status);
    }
}
