package org.gridpatrol.server.ingest;

import java.time.Instant;

/** A fix that passed validation, in WGS84, with the crs it arrived in kept for the record. */
record ValidFix(int index, long seq, Instant time, double lon, double lat, float accuracy, Float speed,
                Float bearing, Float altitude, String provider, boolean mock, String sourceCrs) {
}
