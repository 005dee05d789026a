package org.gridpatrol.model.geoserver;

/**
 * {@code POST /api/v1/admin/geoserver/publish}: where to publish GridPatrol's layers. Every member may be
 * left out when the server's configuration gives it ({@code gridpatrol.geoserver.*},
 * {@code gridpatrol.gis.db.*} system properties).
 *
 * @param geoserverUrl     GeoServer's root, e.g. {@code http://gis.bureau.local:8080/geoserver}
 * @param user             a GeoServer administrator
 * @param password         the password
 * @param workspace        the workspace to publish in; {@code gridpatrol} when absent
 * @param databaseHost     the database host as GeoServer reaches it; the server's own when absent
 * @param databasePort     the database port as GeoServer reaches it; the server's own when absent
 * @param databasePassword the password of the read-only role {@code gridpatrol_gis}
 */
public record GeoServerPublishRequest(String geoserverUrl, String user, String password, String workspace,
                                      String databaseHost, Integer databasePort, String databasePassword) {
}
