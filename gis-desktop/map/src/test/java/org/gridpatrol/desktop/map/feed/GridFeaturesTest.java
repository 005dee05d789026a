package org.gridpatrol.desktop.map.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.junit.jupiter.api.Test;

class GridFeaturesTest {
    @Test
    void readsTheServersMapViewIntoGridsWithTheirProperties() throws Exception {
        String json = """
                {"type":"FeatureCollection","features":[{"type":"Feature","id":100001,
                 "geometry":{"type":"MultiPolygon","coordinates":[[[[117.34,32.92],[117.35,32.92],[117.35,32.93],[117.34,32.92]]]]},
                 "properties":{"kind":"UNIT_GRID","name":"天桥街道-解放社区-001网格","code":"340303001001001",
                  "orgUnitId":100004,"orgUnitCode":"BS-340303-0101","areaM2":84813.0,"perimeterM":1207.8,"version":3}}]}""";
        List<MapGrid> grids = GridFeatures.read(new ObjectMapper().readTree(json));
        assertEquals(1, grids.size());
        MapGrid grid = grids.get(0);
        assertEquals(100001, grid.id());
        assertEquals("UNIT_GRID", grid.kind());
        assertEquals("340303001001001", grid.code());
        assertEquals(100004, grid.orgUnitId());
        assertEquals(3, grid.version());
        assertEquals(4, grid.geometry().getNumPoints());
    }

    @Test
    void readsAnOfficerPositionEvent() throws Exception {
        var position = LiveFeed.read(new ObjectMapper().readTree(
                "{\"officerId\":7,\"lon\":117.3,\"lat\":32.9,\"time\":\"2026-03-02T01:00:00Z\",\"accuracy\":8}"));
        assertEquals(7, position.officerId());
        assertEquals(117.3, position.lon());
        assertEquals(8, position.accuracy());
    }
}
