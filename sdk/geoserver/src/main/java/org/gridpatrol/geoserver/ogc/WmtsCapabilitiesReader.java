package org.gridpatrol.geoserver.ogc;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reads WMTS 1.0.0 capabilities: layers, styles, formats, tile matrix sets and where tiles are fetched. */
public final class WmtsCapabilitiesReader {

    /**
     * @param body    the GetCapabilities answer
     * @param address where it came from, for error messages
     * @return the capabilities
     * @throws MapServiceException when the answer is an exception report or not WMTS capabilities
     */
    public WmtsCapabilities read(byte[] body, URI address) throws MapServiceException {
        Document document = OgcXml.parse(body, address.toString(), "WMTS");
        OgcXml.refuseServiceException(document);
        Element root = document.getDocumentElement();
        Element contents = OgcXml.first(root, "Contents").orElse(null);
        if (!"Capabilities".equals(root.getLocalName()) || contents == null) {
            throw new NotAMapServiceException(address.toString(), "WMTS", OgcXml.describeRoot(root));
        }
        String title = OgcXml.first(root, "ServiceIdentification").map(s -> OgcXml.childText(s, "Title")).orElse("");
        List<WmtsLayer> layers = new ArrayList<>();
        for (Element l : OgcXml.children(contents, "Layer")) {
            layers.add(layer(l));
        }
        List<TileMatrixSet> sets = new ArrayList<>();
        for (Element s : OgcXml.children(contents, "TileMatrixSet")) {
            sets.add(set(s));
        }
        return new WmtsCapabilities(title, getTileUrl(root), List.copyOf(layers), List.copyOf(sets));
    }

    private static WmtsLayer layer(Element l) {
        List<String> styles = new ArrayList<>();
        for (Element s : OgcXml.children(l, "Style")) {
            String id = OgcXml.childText(s, "Identifier");
            if ("true".equals(s.getAttribute("isDefault"))) {
                styles.add(0, id);
            } else {
                styles.add(id);
            }
        }
        List<String> sets = new ArrayList<>();
        for (Element link : OgcXml.children(l, "TileMatrixSetLink")) {
            sets.add(OgcXml.childText(link, "TileMatrixSet"));
        }
        Map<String, String> templates = new LinkedHashMap<>();
        for (Element r : OgcXml.children(l, "ResourceURL")) {
            if ("tile".equals(r.getAttribute("resourceType"))) {
                templates.put(r.getAttribute("format"), r.getAttribute("template"));
            }
        }
        BoundingBox geographic = OgcXml.first(l, "WGS84BoundingBox").map(b -> {
            double[] lower = corner(OgcXml.childText(b, "LowerCorner"));
            double[] upper = corner(OgcXml.childText(b, "UpperCorner"));
            return new BoundingBox("CRS:84", lower[0], lower[1], upper[0], upper[1]);
        }).orElse(null);
        return new WmtsLayer(OgcXml.childText(l, "Identifier"), OgcXml.childText(l, "Title"), List.copyOf(styles),
                OgcXml.childTexts(l, "Format"), List.copyOf(sets), geographic, Map.copyOf(templates));
    }

    private static TileMatrixSet set(Element s) {
        String crs = OgcXml.childText(s, "SupportedCRS");
        // TopLeftCorner follows the CRS's axis order: latitude first for EPSG:4326 and EPSG:4490
        boolean northFirst = Crs.northFirst(crs, null);
        List<TileMatrix> matrices = new ArrayList<>();
        for (Element m : OgcXml.children(s, "TileMatrix")) {
            double[] corner = corner(OgcXml.childText(m, "TopLeftCorner"));
            matrices.add(new TileMatrix(OgcXml.childText(m, "Identifier"),
                    OgcXml.number(OgcXml.childText(m, "ScaleDenominator")),
                    northFirst ? corner[1] : corner[0], northFirst ? corner[0] : corner[1],
                    Integer.parseInt(OgcXml.childText(m, "TileWidth")), Integer.parseInt(OgcXml.childText(m, "TileHeight")),
                    Integer.parseInt(OgcXml.childText(m, "MatrixWidth")), Integer.parseInt(OgcXml.childText(m, "MatrixHeight"))));
        }
        return new TileMatrixSet(OgcXml.childText(s, "Identifier"), crs, List.copyOf(matrices));
    }

    private static double[] corner(String text) {
        String[] parts = text.strip().split("\\s+");
        return new double[] {OgcXml.number(parts[0]), OgcXml.number(parts[1])};
    }

    private static URI getTileUrl(Element root) {
        var metadata = OgcXml.first(root, "OperationsMetadata");
        if (metadata.isEmpty()) {
            return null;
        }
        for (Element op : OgcXml.children(metadata.get(), "Operation")) {
            if ("GetTile".equals(op.getAttribute("name"))) {
                return OgcXml.first(op, "DCP").flatMap(d -> OgcXml.first(d, "HTTP")).flatMap(h -> OgcXml.first(h, "Get"))
                        .map(g -> g.getAttributeNS("http://www.w3.org/1999/xlink", "href"))
                        .filter(h -> !h.isBlank()).map(h -> URI.create(h.strip())).orElse(null);
            }
        }
        return null;
    }
}
