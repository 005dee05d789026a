package org.gridpatrol.engine.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridpatrol.engine.alarm.AlarmType;
import org.gridpatrol.engine.alarm.DutyWindows;
import org.gridpatrol.engine.fix.Fix;
import org.gridpatrol.engine.zone.Grid;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** Reads and writes scenarios as JSON, grids as GeoJSON (RFC 7946) geometries. */
final class ScenarioJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private ScenarioJson() {
    }

    static Scenario read(InputStream in) throws IOException {
        JsonNode root = JSON.readTree(in);
        List<Grid> grids = new ArrayList<>();
        for (JsonNode g : root.path("grids")) {
            grids.add(new Grid(g.path("id").asLong(), geometry(g.path("geometry"))));
        }
        JsonNode o = root.path("officer");
        List<Long> own = new ArrayList<>();
        o.path("ownGrids").forEach(id -> own.add(id.asLong()));
        List<DutyWindows.Window> duty = new ArrayList<>();
        o.path("duty").forEach(w -> duty.add(new DutyWindows.Window(instant(w.path("from")), instant(w.path("to")))));
        Map<String, String> thresholds = new LinkedHashMap<>();
        root.path("thresholds").properties().forEach(e -> thresholds.put(e.getKey(), e.getValue().asText()));
        List<Scenario.Upload> uploads = new ArrayList<>();
        for (JsonNode u : root.path("uploads")) {
            List<Fix> fixes = new ArrayList<>();
            u.path("fixes").forEach(f -> fixes.add(fix(f)));
            uploads.add(new Scenario.Upload(instant(u.path("receivedAt")), fixes));
        }
        List<Instant> ticks = new ArrayList<>();
        root.path("ticks").forEach(t -> ticks.add(instant(t)));
        JsonNode e = root.path("expected");
        List<Scenario.ExpectedAlarm> alarms = new ArrayList<>();
        for (JsonNode a : e.path("alarms")) {
            alarms.add(new Scenario.ExpectedAlarm(AlarmType.valueOf(a.path("type").asText()), instant(a.path("start")),
                    a.path("end").isNull() || a.path("end").isMissingNode() ? null : instant(a.path("end")),
                    a.path("late").asBoolean(false), a.hasNonNull("cause") ? a.path("cause").asText() : null));
        }
        return new Scenario(root.path("name").asText(), root.path("description").asText(), grids,
                new Scenario.Officer(o.path("id").asLong(), own, duty), thresholds, uploads, ticks,
                new Scenario.Expected(e.path("toleranceSeconds").asLong(0), alarms));
    }

    static void write(Scenario s, Path file) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", s.name());
        root.put("description", s.description());
        ArrayNode grids = root.putArray("grids");
        for (Grid g : s.grids()) {
            ObjectNode node = grids.addObject();
            node.put("id", g.id());
            node.set("geometry", geoJson(g.area()));
        }
        ObjectNode officer = root.putObject("officer");
        officer.put("id", s.officer().id());
        ArrayNode own = officer.putArray("ownGrids");
        s.officer().ownGrids().forEach(own::add);
        ArrayNode duty = officer.putArray("duty");
        for (DutyWindows.Window w : s.officer().duty()) {
            duty.addObject().put("from", w.from().toString()).put("to", w.to().toString());
        }
        ObjectNode thresholds = root.putObject("thresholds");
        s.thresholds().forEach(thresholds::put);
        ArrayNode uploads = root.putArray("uploads");
        for (Scenario.Upload u : s.uploads()) {
            ObjectNode upload = uploads.addObject();
            upload.put("receivedAt", u.receivedAt().toString());
            ArrayNode fixes = upload.putArray("fixes");
            u.fixes().forEach(f -> fixes.add(fixJson(f)));
        }
        ArrayNode ticks = root.putArray("ticks");
        s.ticks().forEach(t -> ticks.add(t.toString()));
        ObjectNode expected = root.putObject("expected");
        expected.put("toleranceSeconds", s.expected().toleranceSeconds());
        ArrayNode alarms = expected.putArray("alarms");
        for (Scenario.ExpectedAlarm a : s.expected().alarms()) {
            ObjectNode alarm = alarms.addObject();
            alarm.put("type", a.type().name());
            alarm.put("start", a.start().toString());
            alarm.put("end", a.end() == null ? null : a.end().toString());
            alarm.put("late", a.late());
            if (a.cause() != null) {
                alarm.put("cause", a.cause());
            }
        }
        Files.writeString(file, JSON.writeValueAsString(root) + "\n");
    }

    private static Fix fix(JsonNode f) {
        return new Fix(instant(f.path("time")), f.path("lon").asDouble(), f.path("lat").asDouble(),
                f.path("accuracy").asDouble(0), f.hasNonNull("speed") ? f.path("speed").asDouble() : Double.NaN,
                f.path("provider").asText("gps"), f.path("mock").asBoolean(false), f.path("seq").asLong());
    }

    private static ObjectNode fixJson(Fix f) {
        ObjectNode node = JSON.createObjectNode();
        node.put("seq", f.seq());
        node.put("time", f.time().toString());
        node.put("lon", degrees(f.lon()));
        node.put("lat", degrees(f.lat()));
        node.put("accuracy", f.accuracy());
        if (!Double.isNaN(f.speed())) {
            node.put("speed", f.speed());
        }
        node.put("provider", f.provider());
        node.put("mock", f.mock());
        return node;
    }

    /** Seven decimals: about a centimetre, far below GPS noise. */
    private static BigDecimal degrees(double d) {
        return BigDecimal.valueOf(d).setScale(7, RoundingMode.HALF_EVEN).stripTrailingZeros();
    }

    private static Instant instant(JsonNode node) {
        return Instant.parse(node.asText());
    }

    private static Geometry geometry(JsonNode node) {
        String type = node.path("type").asText();
        JsonNode coordinates = node.path("coordinates");
        if (type.equals("Polygon")) {
            return polygon(coordinates);
        }
        if (type.equals("MultiPolygon")) {
            Polygon[] parts = new Polygon[coordinates.size()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = polygon(coordinates.get(i));
            }
            return GEOMETRY.createMultiPolygon(parts);
        }
        throw new IllegalArgumentException("grid geometry must be a Polygon or MultiPolygon: " + type);
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return GEOMETRY.createPolygon(shell, holes);
    }

    private static LinearRing ring(JsonNode positions) {
        Coordinate[] ring = new Coordinate[positions.size()];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = new Coordinate(positions.get(i).get(0).asDouble(), positions.get(i).get(1).asDouble());
        }
        return GEOMETRY.createLinearRing(ring);
    }

    private static ObjectNode geoJson(Geometry g) {
        ObjectNode node = JSON.createObjectNode();
        if (g instanceof Polygon p) {
            node.put("type", "Polygon");
            rings(node.putArray("coordinates"), p);
        } else if (g instanceof MultiPolygon m) {
            node.put("type", "MultiPolygon");
            ArrayNode parts = node.putArray("coordinates");
            for (int i = 0; i < m.getNumGeometries(); i++) {
                rings(parts.addArray(), (Polygon) m.getGeometryN(i));
            }
        } else {
            throw new IllegalArgumentException(g.getGeometryType());
        }
        return node;
    }

    private static void rings(ArrayNode out, Polygon p) {
        positions(out.addArray(), p.getExteriorRing().getCoordinates());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            positions(out.addArray(), p.getInteriorRingN(i).getCoordinates());
        }
    }

    private static void positions(ArrayNode out, Coordinate[] coordinates) {
        for (Coordinate c : coordinates) {
            out.addArray().add(degrees(c.x)).add(degrees(c.y));
        }
    }
}
