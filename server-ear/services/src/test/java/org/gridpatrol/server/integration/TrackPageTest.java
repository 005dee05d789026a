package org.gridpatrol.server.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackPageTest {
    private static final TrackPage PAGE = new TrackPage(List.of(
            new TrackPage.Fix(7, 9, 101, Instant.parse("2026-11-25T01:00:05Z"), 117.36123456, 32.93, 8.0f, null, "gps", false)),
            "next-cursor", true);

    @Test
    void csvHasAHeaderAndOneLinePerFixWithEmptyCellsForUnknowns() {
        assertEquals(TrackPage.CSV_HEADER + "7,9,101,2026-11-25T01:00:05Z,117.3612346,32.9300000,8.0,,gps,false\n", PAGE.toCsv());
    }

    @Test
    void geoJsonIsAFeatureCollectionOfPointsWithTheCursor() {
        String json = PAGE.toGeoJson();
        assertTrue(json.startsWith("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Point\",\"coordinates\":[117.3612346,32.9300000]}"), json);
        assertTrue(json.contains("\"speedMps\":null"), json);
        assertTrue(json.endsWith("],\"next\":\"next-cursor\",\"more\":true}"), json);
    }
}
