package org.gridpatrol.geoserver.publish;

/**
 * How GeoServer reaches GridPatrol's database: through the read-only role {@code gridpatrol_gis}, which
 * may read the {@code gis_*} views and nothing else.
 *
 * @param host     database host as GeoServer sees it
 * @param port     database port
 * @param database database name
 * @param user     the read-only role
 * @param password its password
 * @param schema   the schema of the views
 */
public record DatabaseConnection(String host, int port, String database, String user, String password, String schema) {

    /** @return the same connection with the password hidden, for reports and logs */
    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database + " (schema " + schema + ")";
    }
}
