package org.gridpatrol.engine.checkpoint;

/**
 * A checkpoint where it stands.
 *
 * @param checkpointId the checkpoint
 * @param lon          WGS84 longitude
 * @param lat          WGS84 latitude
 * @param radiusM      a visit is within this many metres
 */
public record Place(long checkpointId, double lon, double lat, double radiusM) {
}
