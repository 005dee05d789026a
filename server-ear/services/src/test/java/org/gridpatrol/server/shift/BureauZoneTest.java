package org.gridpatrol.server.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BureauZoneTest {
    @AfterEach
    void clearProperty() {
        System.clearProperty(BureauZone.PROPERTY);
    }

    @Test
    void shanghaiUnlessThePropertySaysOtherwise() {
        assertEquals(ZoneId.of("Asia/Shanghai"), BureauZone.get());
        System.setProperty(BureauZone.PROPERTY, "Asia/Urumqi");
        assertEquals(ZoneId.of("Asia/Urumqi"), BureauZone.get());
    }

    @Test
    void aPropertyThatIsNoZoneIsAClearError() {
        System.setProperty(BureauZone.PROPERTY, "Beijing time");
        IllegalStateException e = assertThrows(IllegalStateException.class, BureauZone::get);
        assertEquals(true, e.getMessage().contains("gridpatrol.timezone=Beijing time"), e.getMessage());
    }
}
