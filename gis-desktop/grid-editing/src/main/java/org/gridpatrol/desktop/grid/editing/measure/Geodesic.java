package org.gridpatrol.desktop.grid.editing.measure;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Lengths and areas on the WGS84 ellipsoid, never in degrees: distances by Vincenty's
 * inverse formula, areas in the ellipsoid's equal-area (authalic) cylindrical projection.
 */
public final class Geodesic {
    private static final double A = 6_378_137.0;
    private static final double F = 1 / 298.257_223_563;
    private static final double B = A * (1 - F);
    private static final double E2 = F * (2 - F);
    private static final double E = Math.sqrt(E2);
    /** Authalic radius: the sphere of the ellipsoid's surface area. */
    private static final double RQ = A * Math.sqrt((1 + (1 - E2) / (2 * E) * Math.log((1 + E) / (1 - E))) / 2);
    private static final double QP = q(1);

    private Geodesic() {
    }

    /** @return metres along the ellipsoid between two lon/lat points */
    public static double distance(Coordinate p, Coordinate q) {
        double l = Math.toRadians(q.x - p.x);
        double u1 = Math.atan((1 - F) * Math.tan(Math.toRadians(p.y)));
        double u2 = Math.atan((1 - F) * Math.tan(Math.toRadians(q.y)));
        double sinU1 = Math.sin(u1);
        double cosU1 = Math.cos(u1);
        double sinU2 = Math.sin(u2);
        double cosU2 = Math.cos(u2);
        double lambda = l;
        double sinSigma;
        double cosSigma;
        double sigma;
        double cos2Alpha;
        double cos2SigmaM;
        for (int i = 0; ; i++) {
            double sinLambda = Math.sin(lambda);
            double cosLambda = Math.cos(lambda);
            sinSigma = Math.hypot(cosU2 * sinLambda, cosU1 * sinU2 - sinU1 * cosU2 * cosLambda);
            if (sinSigma == 0) {
                return 0;
            }
            cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosLambda;
            sigma = Math.atan2(sinSigma, cosSigma);
            double sinAlpha = cosU1 * cosU2 * sinLambda / sinSigma;
            cos2Alpha = 1 - sinAlpha * sinAlpha;
            cos2SigmaM = cos2Alpha == 0 ? 0 : cosSigma - 2 * sinU1 * sinU2 / cos2Alpha;
            double c = F / 16 * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
            double previous = lambda;
            lambda = l + (1 - c) * F * sinAlpha
                    * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
            // nearly antipodal points do not converge; patrol distances converge in a few rounds
            if (Math.abs(lambda - previous) < 1e-12 || i > 200) {
                break;
            }
        }
        double u2b = cos2Alpha * (A * A - B * B) / (B * B);
        double a = 1 + u2b / 16384 * (4096 + u2b * (-768 + u2b * (320 - 175 * u2b)));
        double b = u2b / 1024 * (256 + u2b * (-128 + u2b * (74 - 47 * u2b)));
        double deltaSigma = b * sinSigma * (cos2SigmaM + b / 4 * (cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)
                - b / 6 * cos2SigmaM * (-3 + 4 * sinSigma * sinSigma) * (-3 + 4 * cos2SigmaM * cos2SigmaM)));
        return B * a * (sigma - deltaSigma);
    }

    /** @return metres along a line through the points in order */
    public static double length(List<Coordinate> line) {
        double metres = 0;
        for (int i = 1; i < line.size(); i++) {
            metres += distance(line.get(i - 1), line.get(i));
        }
        return metres;
    }

    /** @return square metres inside a ring (closed or not) of lon/lat points */
    public static double area(List<Coordinate> ring) {
        int n = ring.size();
        if (n < 3) {
            return 0;
        }
        double twice = 0;
        for (int i = 0; i < n; i++) {
            Coordinate p = ring.get(i);
            Coordinate q = ring.get((i + 1) % n);
            // shoelace in the equal-area plane: x = RQ·λ, y = RQ·sin β (β the authalic latitude)
            twice += Math.toRadians(q.x - p.x) * (sinAuthalic(p.y) + sinAuthalic(q.y));
        }
        return Math.abs(twice) / 2 * RQ * RQ;
    }

    private static double sinAuthalic(double latDegrees) {
        return q(Math.sin(Math.toRadians(latDegrees))) / QP;
    }

    private static double q(double sinPhi) {
        double es = E * sinPhi;
        return (1 - E2) * (sinPhi / (1 - es * es) - 1 / (2 * E) * Math.log((1 - es) / (1 + es)));
    }
}
