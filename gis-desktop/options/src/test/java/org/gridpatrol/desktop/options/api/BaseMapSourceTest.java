package org.gridpatrol.desktop.options.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import org.gridpatrol.desktop.options.api.BaseMapSource.Kind;
import org.gridpatrol.desktop.options.api.BaseMapSource.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaseMapSourceTest {
    private final Preferences node = Preferences.userRoot().node("gridpatrol-basemap-test-" + UUID.randomUUID());
    private final DesktopOptions options = new DesktopOptions(node);

    @AfterEach
    void forget() throws Exception {
        node.removeNode();
    }

    @Test
    void shortFormsReadBackAsTheMapWindowWritesThem() {
        for (String text : new String[] {"none:", "xyz:http://tiles.bureau/{z}/{x}/{y}.png", "folder:/data/tiles",
                "wms:http://gs.bureau/geoserver/wms|city:streets;1.3.0;EPSG:3857;", "wmts:http://gs/{z}/{x}/{y}|city:streets"}) {
            assertEquals(text, BaseMapSource.parse(text).format());
        }
        BaseMapSource wms = BaseMapSource.parse("wms:http://gs.bureau/geoserver/wms|city:streets");
        assertEquals(new BaseMapSource(Kind.WMS, "http://gs.bureau/geoserver/wms", "city:streets"), wms);
        assertEquals(BaseMapSource.NONE, BaseMapSource.parse("gopher:anything"));
        assertEquals(BaseMapSource.NONE, BaseMapSource.parse(null));
    }

    @Test
    void eachKindSaysWhyTheMapCouldNotShowIt(@TempDir Path tiles) {
        assertEquals(Optional.empty(), BaseMapSource.NONE.problem());
        assertEquals(Optional.empty(), new BaseMapSource(Kind.XYZ, "http://tiles.bureau/{z}/{x}/{y}.png", "").problem());
        assertEquals(Optional.of(Problem.TEMPLATE_NEEDS_ZXY), new BaseMapSource(Kind.XYZ, "http://tiles.bureau/{z}/{x}.png", "").problem());
        assertEquals(Optional.of(Problem.NOT_HTTP), new BaseMapSource(Kind.XYZ, "ftp://tiles/{z}/{x}/{y}.png", "").problem());
        assertEquals(Optional.empty(), new BaseMapSource(Kind.FOLDER, tiles.toString(), "").problem());
        assertEquals(Optional.of(Problem.NO_SUCH_FOLDER), new BaseMapSource(Kind.FOLDER, tiles.resolve("gone").toString(), "").problem());
        assertEquals(Optional.of(Problem.NO_SUCH_FOLDER), new BaseMapSource(Kind.FOLDER, "  ", "").problem());
        assertEquals(Optional.empty(), new BaseMapSource(Kind.WMS, "http://gs.bureau/geoserver/wms", "city:streets").problem());
        assertEquals(Optional.of(Problem.NO_LAYER), new BaseMapSource(Kind.WMS, "http://gs.bureau/geoserver/wms", " ").problem());
        assertEquals(Optional.of(Problem.NOT_HTTP), new BaseMapSource(Kind.WMS, "gs.bureau/wms", "streets").problem());
        // a WMTS is shown from the tile template its capabilities gave, not from the service address
        assertEquals(Optional.of(Problem.TEMPLATE_NEEDS_ZXY),
                new BaseMapSource(Kind.WMTS, "http://gs.bureau/geoserver/gwc/service/wmts", "city:streets").problem());
        assertEquals(Optional.empty(), new BaseMapSource(Kind.WMTS,
                "http://gs.bureau/geoserver/gwc/service/wmts/rest/city:streets/default/EPSG:900913/EPSG:900913:{z}/{y}/{x}?format=image/png",
                "city:streets").problem());
    }

    @Test
    void theChosenSourceIsKeptAndEachKindRemembersItsLastSource(@TempDir Path tiles) {
        AtomicInteger heard = new AtomicInteger();
        options.addChangeListener(e -> heard.incrementAndGet());
        assertEquals(BaseMapSource.NONE, options.baseMap());
        BaseMapSource xyz = new BaseMapSource(Kind.XYZ, "http://tiles.bureau/{z}/{x}/{y}.png", "");
        BaseMapSource folder = new BaseMapSource(Kind.FOLDER, tiles.toString(), "");
        options.setBaseMap(xyz);
        options.setBaseMap(folder);
        DesktopOptions again = new DesktopOptions(node);
        assertEquals(folder, again.baseMap());
        assertEquals(xyz, again.savedBaseMap(Kind.XYZ));
        assertEquals(new BaseMapSource(Kind.WMS, "", ""), again.savedBaseMap(Kind.WMS));
        assertEquals(2, heard.get());
    }

    @Test
    void aSourceWithAProblemIsRefusedAndTheOldOneStays() {
        BaseMapSource xyz = new BaseMapSource(Kind.XYZ, "http://tiles.bureau/{z}/{x}/{y}.png", "");
        options.setBaseMap(xyz);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> options.setBaseMap(new BaseMapSource(Kind.WMS, "http://gs.bureau/wms", "")));
        assertTrue(refused.getMessage().startsWith("NO_LAYER"));
        assertEquals(xyz, options.baseMap());
    }
}
