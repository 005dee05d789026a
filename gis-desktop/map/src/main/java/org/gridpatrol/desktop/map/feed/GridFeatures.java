package org.gridpatrol.desktop.map.feed;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.desktop.map.api.MapGrid;
import org.gridpatrol.model.GeoJson;

/** Reads the server's grid FeatureCollection ({@code GET /grids}) into map grids. */
public final class GridFeatures {
    private static final GeoJson GEOJSON = new GeoJson(10_000_000);

    private GridFeatures() {
    }

    /** @return one map grid per feature with a polygonal geometry */
    public static List<MapGrid> read(JsonNode collection) {
        List<MapGrid> grids = new ArrayList<>();
        for (JsonNode feature : collection.path("features")) {
            JsonNode geometry = feature.get("geometry");
            if (geometry == null || geometry.isNull()) {
                continue;
            }
            JsonNode p = feature.path("properties");
            grids.add(new MapGrid(feature.path("id").asLong(), p.path("kind").asText("UNIT_GRID"),
                    p.path("name").asText(null), p.path("code").asText(null), p.path("orgUnitId").asLong(),
                    p.path("version").asInt(), GEOJSON.readPolygonal(geometry)));
        }
        return grids;
    }
}
