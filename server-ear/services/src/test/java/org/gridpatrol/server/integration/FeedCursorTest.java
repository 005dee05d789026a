package org.gridpatrol.server.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.gridpatrol.server.problem.ProblemException;
import org.junit.jupiter.api.Test;

class FeedCursorTest {
    @Test
    void aCursorComesBackAsItWasGiven() {
        FeedCursor cursor = new FeedCursor(9_876_543_210L, 42);
        assertEquals(cursor, FeedCursor.decode(cursor.encode()));
    }

    @Test
    void noCursorIsTheStart() {
        assertEquals(FeedCursor.START, FeedCursor.decode(null));
        assertEquals(FeedCursor.START, FeedCursor.decode(" "));
    }

    @Test
    void aCursorNotMadeHereIsRefusedWithItsCode() {
        for (String bad : new String[] {"not-a-cursor", "YWJj", "YzE6MTI=", "YzE6LTE6Mg", "dDE6MToyOjM"}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> FeedCursor.decode(bad), bad);
            assertEquals("cursor.invalid", refused.problem().code());
            assertEquals(400, refused.problem().status());
        }
    }
}
