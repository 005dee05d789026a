package org.gridpatrol.server.geometry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.gridpatrol.model.GeoJson;
import org.gridpatrol.model.Measurement;
import org.locationtech.jts.geom.Geometry;

/**
 * Measures a geometry geodesically in PostGIS (area and length on the spheroid,
 * never in degrees), for the desktop's measuring tool and for checks before a grid is saved.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class MeasureService {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SQL = """
            SELECT ST_AsGeoJSON(g, 9), ST_Area(g::geography), \
                   CASE WHEN ST_Dimension(g) = 2 THEN ST_Perimeter(g::geography) ELSE ST_Length(g::geography) END, \
                   ST_IsValid(g), ST_IsValidReason(g) \
            FROM (SELECT ST_SetSRID(ST_GeomFromGeoJSON(?), 4326) AS g) AS input""";

    @Resource(lookup = "java:jboss/datasources/GridPatrolDS")
    private DataSource dataSource;

    /**
     * @param geometry a geometry in WGS84 lon/lat, already checked by {@link GeoJson}
     * @return its geodesic measures and validity
     */
    public Measurement measure(Geometry geometry) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SQL)) {
            statement.setString(1, GeoJson.write(geometry).toString());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                boolean valid = row.getBoolean(4);
                return new Measurement(JSON.readTree(row.getString(1)), row.getDouble(2), row.getDouble(3),
                        valid, valid ? null : row.getString(5));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("PostGIS could not measure the geometry", e);
        }
    }
}
