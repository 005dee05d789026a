package org.gridpatrol.desktop.grid.editing.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

class GeodesicTest {

    private static double dms(int d, int m, double s) {
        return Math.signum(d) * (Math.abs(d) + m / 60.0 + s / 3600.0);
    }

    @Test
    void flindersPeakToBuninyongIsVincentysPublishedDistance() {
        // the worked example of Vincenty's 1975 paper (and Geoscience Australia): 54 972.271 m
        Coordinate flinders = new Coordinate(dms(144, 25, 29.52440), dms(-37, 57, 3.72030));
        Coordinate buninyong = new Coordinate(dms(143, 55, 35.38390), dms(-37, 39, 10.15610));
        assertEquals(54_972.271, Geodesic.distance(flinders, buninyong), 0.001);
    }

    @Test
    void aDegreeOfLatitudeAndOfLongitudeAtBengbu() {
        // meridian arc 32.5°–33.5° and a parallel degree at 32.93°N on WGS84
        assertEquals(110_900.0, Geodesic.distance(new Coordinate(117.36, 32.5), new Coordinate(117.36, 33.5)), 50);
        assertEquals(93_530.0, Geodesic.distance(new Coordinate(117, 32.93), new Coordinate(118, 32.93)), 50);
        assertEquals(0, Geodesic.distance(new Coordinate(117, 32), new Coordinate(117, 32)));
    }

    @Test
    void aOneDegreeCellAtTheEquatorHasItsEllipsoidalArea() {
        List<Coordinate> cell = List.of(new Coordinate(0, 0), new Coordinate(1, 0), new Coordinate(1, 1),
                new Coordinate(0, 1));
        // between parallels the ellipsoid's area is closed-form: Δλ·b²/2·[sinφ/(1−e²sin²φ) + artanh(e·sinφ)/e]
        // from 0° to 1°, which for WGS84 is 12 308 463 894 m²
        assertEquals(12_308_463_894.0, Geodesic.area(cell), 1);
    }

    @Test
    void aPatrolBlockIsItsSidesMultipliedAndTheOrderOfVerticesDoesNotMatter() {
        double w = 117.36;
        double s = 32.93;
        List<Coordinate> block = List.of(new Coordinate(w, s), new Coordinate(w + 0.005, s),
                new Coordinate(w + 0.005, s + 0.004), new Coordinate(w, s + 0.004));
        double width = Geodesic.distance(new Coordinate(w, s + 0.002), new Coordinate(w + 0.005, s + 0.002));
        double height = Geodesic.distance(new Coordinate(w, s), new Coordinate(w, s + 0.004));
        assertEquals(width * height, Geodesic.area(block), width * height * 1e-4);
        assertEquals(Geodesic.area(block), Geodesic.area(List.of(block.get(3), block.get(2), block.get(1), block.get(0))),
                1e-6);
        assertEquals(2 * (width + height), Geodesic.length(List.of(block.get(0), block.get(1), block.get(2), block.get(3),
                block.get(0))), 0.5);
    }

    @Test
    void measurementTextIsInMetresKilometresAndHectares() {
        assertEquals("999.0 m", Measurement.metres(999));
        assertEquals("1.500 km", Measurement.metres(1500));
        assertEquals("9500 m²", Measurement.squareMetres(9500));
        assertEquals("250000 m² (25.00 ha)", Measurement.squareMetres(250_000));
        assertEquals("2.500 km² (250.0 ha)", Measurement.squareMetres(2_500_000));
    }
}
