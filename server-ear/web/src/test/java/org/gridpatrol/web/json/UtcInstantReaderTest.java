package org.gridpatrol.web.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.gridpatrol.model.mobile.FixIn;
import org.junit.jupiter.api.Test;

class UtcInstantReaderTest {
    private final ObjectMapper json = new JsonMapping().getContext(Object.class);

    @Test
    void readsUtcTimesLikeTheIsoParser() {
        for (String text : List.of("2026-11-27T05:47:02Z", "2026-11-27T05:47:02.2Z", "2026-11-27T05:47:02.252Z",
                "2026-11-27T05:47:02.252322Z", "2026-11-27T05:47:02.123456789Z", "2024-02-29T23:59:59.999Z",
                "1970-01-01T00:00:00Z", "1969-12-31T23:59:59.5Z")) {
            assertEquals(Instant.parse(text), UtcInstantReader.parse(text), text);
        }
    }

    @Test
    void leavesEveryOtherFormToTheUsualReader() {
        for (String text : List.of("2026-11-27T13:47:02+08:00", "2026-11-27T05:47:02.Z", "2026-02-30T05:47:02Z",
                "2026-11-27T24:00:00Z", "2026-11-27T05:47:60Z", "2026-11-27 05:47:02Z", "+12026-11-27T05:47:02Z",
                "2026-11-27T05:47:02.1234567890Z", "2026-1a-27T05:47:02Z", "yesterday")) {
            assertNull(UtcInstantReader.parse(text), text);
        }
    }

    @Test
    void coordinatesReadAsTheSameDoubles() throws Exception {
        for (String lon : List.of("117.3952947", "117.39523366700004", "0.1", "1e-7", "179.99999999999997")) {
            FixIn fix = json.readValue("{\"seq\":1,\"lon\":" + lon + "}", FixIn.class);
            assertEquals(Double.parseDouble(lon), fix.lon(), lon);
        }
    }

    @Test
    void theApiStillReadsOffsetsAndRefusesNonsense() throws Exception {
        FixIn offset = json.readValue("{\"seq\":1,\"time\":\"2026-11-27T13:47:02+08:00\"}", FixIn.class);
        FixIn utc = json.readValue("{\"seq\":1,\"time\":\"2026-11-27T05:47:02.250Z\"}", FixIn.class);

        assertEquals(Instant.parse("2026-11-27T05:47:02Z"), offset.time());
        assertEquals(Instant.parse("2026-11-27T05:47:02.25Z"), utc.time());
        assertThrows(JsonMappingException.class,
                () -> json.readValue("{\"seq\":1,\"time\":\"2026-02-30T05:47:02Z\"}", FixIn.class));
    }
}
