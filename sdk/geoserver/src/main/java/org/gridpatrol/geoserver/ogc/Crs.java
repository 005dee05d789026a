package org.gridpatrol.geoserver.ogc;

import java.util.Locale;
import java.util.Set;

/** What GridPatrol needs to know about the CRSs that map servers offer: axis order and units. */
public final class Crs {
    /** Metres in one degree at the equator, the value OGC WMTS 1.0.0 (6.1) uses for scale denominators. */
    public static final double METRES_PER_DEGREE = 6378137.0 * 2 * Math.PI / 360;
    /** The standardized rendering pixel size of WMS 1.3.0 and WMTS 1.0.0: 0.28 mm. */
    public static final double PIXEL_SIZE_M = 0.00028;

    // geographic CRSs whose EPSG definition puts latitude first: WGS84, CGCS2000, and China's older two
    private static final Set<String> GEOGRAPHIC = Set.of("EPSG:4326", "EPSG:4490", "EPSG:4214", "EPSG:4610");
    private static final Set<String> WEB_MERCATOR = Set.of("EPSG:3857", "EPSG:900913", "EPSG:102100", "EPSG:3785");

    private Crs() {
    }

    /**
     * @param crs an identifier such as {@code EPSG:4326}, {@code urn:ogc:def:crs:EPSG::4490} or
     *            {@code http://www.opengis.net/def/crs/EPSG/0/3857}
     * @return the short form {@code EPSG:n}, or the identifier upper-cased when it is not EPSG
     */
    public static String normalize(String crs) {
        String s = crs.strip().toUpperCase(Locale.ROOT);
        int epsg = s.indexOf("EPSG");
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("([0-9]+)$").matcher(s);
        if (epsg >= 0 && code.find()) {
            // the code is the last number: EPSG:4326, urn:ogc:def:crs:EPSG:6.3:3857, .../EPSG/0/4490
            return "EPSG:" + code.group(1);
        }
        return s.replace("URN:OGC:DEF:CRS:OGC:1.3:", "").replace("URN:OGC:DEF:CRS:OGC::", "");
    }

    /** @return whether the CRS is geographic (degrees) */
    public static boolean isGeographic(String crs) {
        String n = normalize(crs);
        return GEOGRAPHIC.contains(n) || "CRS:84".equals(n);
    }

    /** @return whether the CRS is web mercator, under any of its names */
    public static boolean isWebMercator(String crs) {
        return WEB_MERCATOR.contains(normalize(crs));
    }

    /**
     * Whether coordinates in this CRS are written latitude (north) first. True for EPSG geographic CRSs in
     * WMS 1.3.0 and in WMTS; WMS 1.1.1 and {@code CRS:84} are always east first.
     *
     * @param crs        the CRS
     * @param wmsVersion the WMS version, or {@code null} for WMTS (which follows the CRS definition)
     * @return true when the first coordinate is northing/latitude
     */
    public static boolean northFirst(String crs, String wmsVersion) {
        if ("1.1.1".equals(wmsVersion) || "1.1.0".equals(wmsVersion)) {
            return false;
        }
        return GEOGRAPHIC.contains(normalize(crs));
    }

    /** @return metres per CRS unit: 1 for projected CRSs, {@link #METRES_PER_DEGREE} for geographic ones */
    public static double metresPerUnit(String crs) {
        return isGeographic(crs) ? METRES_PER_DEGREE : 1.0;
    }
}
