package org.gridpatrol.web.request;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.gridpatrol.server.problem.ProblemException;
import org.junit.jupiter.api.Test;

class BodyLimitFilterTest {
    @Test
    void aBodyUpToTheLimitIsReadWhole() throws IOException {
        byte[] body = new byte[1000];
        try (BodyLimitFilter.Limited in = new BodyLimitFilter.Limited(new ByteArrayInputStream(body), 1000)) {
            assertArrayEquals(body, in.readAllBytes());
        }
    }

    @Test
    void aChunkedBodyIsStoppedOnceItPassesTheLimit() {
        BodyLimitFilter.Limited in = new BodyLimitFilter.Limited(new ByteArrayInputStream(new byte[1001]), 1000);
        ProblemException refused = assertThrows(ProblemException.class, in::readAllBytes);
        assertEquals(413, refused.problem().status());
        assertEquals("request.too-large", refused.problem().code());
    }
}
