package org.gridpatrol.server.integration;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A page of fixes, written as GeoJSON points or as CSV.
 *
 * @param fixes the fixes, in time order
 * @param next  the cursor for the next page
 * @param more  true when another page can be read at once
 */
public record TrackPage(List<Fix> fixes, String next, boolean more) {
    /** The CSV header line. */
    public static final String CSV_HEADER = "officer_id,device_id,seq,time,lon,lat,accuracy_m,speed_mps,provider,mock\n";

    /** One stored fix. */
    public record Fix(long officerId, long deviceId, long seq, Instant time, double lon, double lat, Float accuracyM,
                      Float speedMps, String provider, boolean mock) {
    }

    /** @return a FeatureCollection of points, with {@code next} and {@code more} as foreign members */
    public String toGeoJson() {
        StringBuilder json = new StringBuilder(80 + fixes.size() * 260).append("{\"type\":\"FeatureCollection\",\"features\":[");
        for (int i = 0; i < fixes.size(); i++) {
            Fix f = fixes.get(i);
            json.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT,
                    "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.7f,%.7f]},\"properties\":"
                            + "{\"officerId\":%d,\"deviceId\":%d,\"seq\":%d,\"time\":\"%s\",\"accuracyM\":%s,"
                            + "\"speedMps\":%s,\"provider\":\"%s\",\"mock\":%b}}",
                    f.lon(), f.lat(), f.officerId(), f.deviceId(), f.seq(), f.time(), f.accuracyM(), f.speedMps(),
                    f.provider(), f.mock()));
        }
        return json.append("],\"next\":\"").append(next).append("\",\"more\":").append(more).append('}').toString();
    }

    /** @return the fixes as CSV with a header line (the cursor travels in a response header) */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(CSV_HEADER.length() + fixes.size() * 90).append(CSV_HEADER);
        for (Fix f : fixes) {
            csv.append(String.format(Locale.ROOT, "%d,%d,%d,%s,%.7f,%.7f,%s,%s,%s,%b\n", f.officerId(), f.deviceId(),
                    f.seq(), f.time(), f.lon(), f.lat(), f.accuracyM() == null ? "" : f.accuracyM(),
                    f.speedMps() == null ? "" : f.speedMps(), f.provider(), f.mock()));
        }
        return csv.toString();
    }
}
