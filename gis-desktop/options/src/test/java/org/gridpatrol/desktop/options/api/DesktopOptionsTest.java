package org.gridpatrol.desktop.options.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DesktopOptionsTest {
    private final Preferences node = Preferences.userRoot().node("gridpatrol-options-test-" + UUID.randomUUID());
    private final DesktopOptions options = new DesktopOptions(node);

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void defaultsAreTheLocalServerTheMapsOwnColoursAndSound() {
        assertEquals(DesktopOptions.DEFAULT_SERVER, options.server());
        assertNull(options.gridColour("UNIT_GRID"));
        assertTrue(options.soundOn());
    }

    @Test
    void settingsAreKeptAndListenersHearEachChange() {
        AtomicInteger heard = new AtomicInteger();
        options.addChangeListener(e -> heard.incrementAndGet());
        options.setServer("https://gp.bureau.local:8443");
        options.setGridColour("KEY_AREA", new Color(10, 20, 30));
        options.setSoundOn(false);
        options.setOfficerColour("LOST_CONTACT", new Color(1, 2, 3));
        DesktopOptions again = new DesktopOptions(node);
        assertEquals("https://gp.bureau.local:8443", again.server());
        assertEquals(new Color(10, 20, 30), again.gridColour("KEY_AREA"));
        assertNull(again.gridColour("UNIT_GRID"));
        assertFalse(again.soundOn());
        assertEquals(new Color(1, 2, 3), again.officerColour("LOST_CONTACT"));
        assertNull(again.officerColour("IN_GRID"));
        assertEquals(4, heard.get());
        options.setGridColour("KEY_AREA", null);
        assertNull(new DesktopOptions(node).gridColour("KEY_AREA"));
    }
}
