package org.gridpatrol.geoserver.ogc;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A WMS GetMap request. The box is given east-first; the request writes it in the order the version
 * wants: latitude first for EPSG geographic CRSs in WMS 1.3.0, east first otherwise. 1.3.0 names the CRS
 * {@code CRS=}, 1.1.1 {@code SRS=}.
 *
 * @param version     1.1.1 or 1.3.0
 * @param layers      layer names, comma-separated
 * @param styles      style names, comma-separated (empty for the defaults)
 * @param box         the area, east-first, in its CRS
 * @param width       pixels
 * @param height      pixels
 * @param format      the image format, e.g. {@code image/png}
 * @param transparent whether the background should be transparent
 */
public record GetMapRequest(String version, String layers, String styles, BoundingBox box, int width, int height,
                            String format, boolean transparent) {

    /**
     * @param service the GetMap URL from the capabilities (it may already hold parameters)
     * @return the full request URL
     */
    public URI toUri(URI service) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("SERVICE", "WMS");
        p.put("VERSION", version);
        p.put("REQUEST", "GetMap");
        p.put("LAYERS", layers);
        p.put("STYLES", styles);
        p.put("1.3.0".equals(version) ? "CRS" : "SRS", box.crs());
        p.put("BBOX", bbox());
        p.put("WIDTH", Integer.toString(width));
        p.put("HEIGHT", Integer.toString(height));
        p.put("FORMAT", format);
        p.put("TRANSPARENT", transparent ? "TRUE" : "FALSE");
        // 1.1.1 servers answer errors as an image unless told otherwise; ask for XML everywhere
        p.put("EXCEPTIONS", "1.3.0".equals(version) ? "XML" : "application/vnd.ogc.se_xml");
        return Kvp.append(service, p);
    }

    /** @return the BBOX value in the axis order the version and CRS call for */
    public String bbox() {
        boolean northFirst = Crs.northFirst(box.crs(), version);
        double[] v = northFirst
                ? new double[] {box.minY(), box.minX(), box.maxY(), box.maxX()}
                : new double[] {box.minX(), box.minY(), box.maxX(), box.maxY()};
        return Kvp.number(v[0]) + "," + Kvp.number(v[1]) + "," + Kvp.number(v[2]) + ","
                + Kvp.number(v[3]);
    }
}
