package org.gridpatrol.server.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CallerTest {
    @Test
    void unrestrictedCallerSeesEveryUnit() {
        Caller caller = Caller.unrestricted();
        assertTrue(caller.sees("/7/"));
        assertEquals("/", caller.pathPrefix());
    }

    @Test
    void scopedCallerSeesHisSubtreeOnly() {
        Caller caller = new Caller(3L, "/1/4/");
        assertTrue(caller.sees("/1/4/"));
        assertTrue(caller.sees("/1/4/9/"));
        assertFalse(caller.sees("/1/"));
        assertFalse(caller.sees("/1/40/"));
    }

    @Test
    void scopeMustBeAPath() {
        assertThrows(IllegalArgumentException.class, () -> new Caller(1L, "1/4"));
    }
}
