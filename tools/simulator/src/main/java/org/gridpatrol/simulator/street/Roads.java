package org.gridpatrol.simulator.street;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.simulator.geo.LocalMetres;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Reads the demo streets ({@code database/demo/roads.geojson}, a FeatureCollection of
 * LineStrings); the simulator's jar carries a copy, so it runs without the repository.
 */
public final class Roads {

    /** Where the jar carries the demo's roads. */
    static final String BUNDLED = "/org/gridpatrol/simulator/street/roads.geojson";

    private Roads() {
    }

    /** @param file the roads file, or null for the copy in the jar */
    public static StreetGraph graph(Path file, LocalMetres plane) {
        try (InputStream in = file == null ? Roads.class.getResourceAsStream(BUNDLED) : Files.newInputStream(file)) {
            if (in == null) {
                throw new IllegalStateException("the jar carries no " + BUNDLED + "; give --roads FILE");
            }
            return StreetGraph.of(lines(new ObjectMapper().readTree(in), plane));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the roads " + (file == null ? BUNDLED : file), e);
        }
    }

    static List<LineString> lines(JsonNode collection, LocalMetres plane) {
        GeoJson codec = new GeoJson(1_000_000);
        List<LineString> lines = new ArrayList<>();
        for (JsonNode feature : collection.path("features")) {
            Geometry g = plane.toMetres(codec.read(feature.get("geometry")));
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof LineString line) {
                    lines.add(line);
                }
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException("no LineString in the roads file");
        }
        return lines;
    }
}
