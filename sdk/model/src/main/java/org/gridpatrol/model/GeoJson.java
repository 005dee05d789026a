package org.gridpatrol.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * RFC 7946 GeoJSON geometries to and from JTS, in WGS84 longitude/latitude
 * (SRID 4326). Reading is strict: every refusal names the member at fault, so a
 * supervisor's client can point at the bad vertex.
 */
public final class GeoJson {

    /** SRID of every geometry GridPatrol stores and exchanges. */
    public static final int WGS84 = 4326;

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), WGS84);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final int maxVertices;

    /**
     * @param maxVertices the most vertices one geometry may have; larger ones are refused
     *                    before any geometry is built
     */
    public GeoJson(int maxVertices) {
        this.maxVertices = maxVertices;
    }

    /** @return the factory of SRID 4326 geometries that reading uses */
    public static GeometryFactory factory() {
        return FACTORY;
    }

    /**
     * Reads a GeoJSON geometry object.
     *
     * @param node the {@code {"type": ..., "coordinates": ...}} object
     * @return the geometry with SRID 4326
     * @throws GeoJsonException when the object is not a valid geometry
     */
    public Geometry read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new GeoJsonException("geojson.not-an-object", "", "a GeoJSON geometry must be a JSON object");
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            throw new GeoJsonException("geojson.type-missing", "/type", "the geometry has no \"type\" member");
        }
        JsonNode coordinates = node.get("coordinates");
        if (coordinates == null || !coordinates.isArray()) {
            throw new GeoJsonException("geojson.coordinates-missing", "/coordinates",
                    "the geometry has no \"coordinates\" array");
        }
        int[] budget = {maxVertices};
        String path = "/coordinates";
        return switch (type.asText()) {
            case "Point" -> FACTORY.createPoint(position(coordinates, path, budget));
            case "LineString" -> FACTORY.createLineString(positions(coordinates, path, 2, budget));
            case "Polygon" -> polygon(coordinates, path, budget);
            case "MultiPoint" -> FACTORY.createMultiPointFromCoords(positions(coordinates, path, 1, budget));
            case "MultiLineString" -> {
                LineString[] lines = new LineString[coordinates.size()];
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = FACTORY.createLineString(positions(coordinates.get(i), path + "/" + i, 2, budget));
                }
                yield FACTORY.createMultiLineString(lines);
            }
            case "MultiPolygon" -> {
                if (coordinates.isEmpty()) {
                    throw new GeoJsonException("geojson.empty", path, "a MultiPolygon needs at least one polygon");
                }
                Polygon[] polygons = new Polygon[coordinates.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(coordinates.get(i), path + "/" + i, budget);
                }
                yield FACTORY.createMultiPolygon(polygons);
            }
            default -> throw new GeoJsonException("geojson.unsupported-type", "/type",
                    "geometry type \"" + type.asText() + "\" is not supported here");
        };
    }

    /**
     * Reads a Polygon or MultiPolygon as a MultiPolygon, the form grids are stored in.
     *
     * @param node the GeoJSON geometry object
     * @return a MultiPolygon with SRID 4326
     * @throws GeoJsonException when it is not a polygonal geometry
     */
    public MultiPolygon readPolygonal(JsonNode node) {
        Geometry geometry = read(node);
        if (geometry instanceof Polygon polygon) {
            return FACTORY.createMultiPolygon(new Polygon[] {polygon});
        }
        if (geometry instanceof MultiPolygon multi) {
            return multi;
        }
        throw new GeoJsonException("geojson.wrong-type", "/type",
                "expected a Polygon or MultiPolygon but got " + geometry.getGeometryType());
    }

    private Polygon polygon(JsonNode rings, String path, int[] budget) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new GeoJsonException("geojson.empty", path, "a polygon needs at least its outer ring");
        }
        LinearRing shell = ring(rings.get(0), path + "/0", budget);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), path + "/" + i, budget);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private LinearRing ring(JsonNode node, String path, int[] budget) {
        Coordinate[] coordinates = positions(node, path, 4, budget);
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new GeoJsonException("geojson.ring-not-closed", path,
                    "a ring's last position must repeat its first");
        }
        return FACTORY.createLinearRing(coordinates);
    }

    private Coordinate[] positions(JsonNode node, String path, int minimum, int[] budget) {
        if (!node.isArray()) {
            throw new GeoJsonException("geojson.not-an-array", path, "expected an array of positions");
        }
        if (node.size() < minimum) {
            throw new GeoJsonException("geojson.too-few-points", path,
                    "needs at least " + minimum + " positions but has " + node.size());
        }
        budget[0] -= node.size();
        if (budget[0] < 0) {
            throw new GeoJsonException("geojson.too-many-vertices", path,
                    "the geometry has more than the allowed " + maxVertices + " vertices");
        }
        Coordinate[] coordinates = new Coordinate[node.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = position(node.get(i), path + "/" + i, budget);
        }
        return coordinates;
    }

    private static Coordinate position(JsonNode node, String path, int[] budget) {
        if (!node.isArray() || node.size() < 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
            throw new GeoJsonException("geojson.bad-position", path, "a position is [longitude, latitude]");
        }
        double lon = node.get(0).asDouble();
        double lat = node.get(1).asDouble();
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            throw new GeoJsonException("geojson.not-finite", path, "coordinates must be finite numbers");
        }
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new GeoJsonException("geojson.coordinate-out-of-range", path,
                    "longitude must lie in [-180, 180] and latitude in [-90, 90], got [" + lon + ", " + lat + "]");
        }
        return new Coordinate(lon, lat);
    }

    /**
     * Writes a JTS geometry as a GeoJSON geometry object.
     *
     * @param geometry a point, line, polygon or their multi forms, in lon/lat
     * @return the GeoJSON object
     */
    public static ObjectNode write(Geometry geometry) {
        ObjectNode node = NODES.objectNode();
        node.put("type", geometry.getGeometryType());
        ArrayNode coordinates = node.putArray("coordinates");
        if (geometry instanceof Point point) {
            writePosition(coordinates, point.getCoordinate());
            return (ObjectNode) node.set("coordinates", coordinates.get(0));
        }
        if (geometry instanceof LineString line) {
            writePositions(coordinates, line.getCoordinates());
        } else if (geometry instanceof Polygon polygon) {
            writePolygon(coordinates, polygon);
        } else if (geometry instanceof MultiPoint multi) {
            writePositions(coordinates, multi.getCoordinates());
        } else if (geometry instanceof MultiLineString multi) {
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                writePositions(coordinates.addArray(), multi.getGeometryN(i).getCoordinates());
            }
        } else if (geometry instanceof MultiPolygon multi) {
            for (int i = 0; i < multi.getNumGeometries(); i++) {
                writePolygon(coordinates.addArray(), (Polygon) multi.getGeometryN(i));
            }
        } else {
            throw new IllegalArgumentException("cannot write " + geometry.getGeometryType() + " as GeoJSON");
        }
        return node;
    }

    private static void writePolygon(ArrayNode rings, Polygon polygon) {
        writePositions(rings.addArray(), polygon.getExteriorRing().getCoordinates());
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            writePositions(rings.addArray(), polygon.getInteriorRingN(i).getCoordinates());
        }
    }

    private static void writePositions(ArrayNode array, Coordinate[] coordinates) {
        for (Coordinate c : coordinates) {
            writePosition(array, c);
        }
    }

    private static void writePosition(ArrayNode array, Coordinate c) {
        array.addArray().add(c.x).add(c.y);
    }
}
