package org.gridpatrol.desktop.map.api;

/**
 * A checkpoint (巡检点) as the map shows it.
 *
 * @param id      its id
 * @param gridId  the grid it belongs to
 * @param name    its name, e.g. 淮河路口
 * @param lon     longitude, WGS84
 * @param lat     latitude, WGS84
 * @param radiusM a visit counts within this many metres
 */
public record MapCheckpoint(long id, long gridId, String name, double lon, double lat, double radiusM) {
}
