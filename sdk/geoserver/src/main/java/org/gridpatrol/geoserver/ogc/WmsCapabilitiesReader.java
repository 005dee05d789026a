package org.gridpatrol.geoserver.ogc;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Reads WMS 1.1.1 ({@code WMT_MS_Capabilities}, {@code SRS}, {@code LatLonBoundingBox}) and 1.3.0
 * ({@code WMS_Capabilities}, {@code CRS}, {@code EX_GeographicBoundingBox}, latitude-first boxes for
 * geographic EPSG CRSs). Layers inherit CRSs and styles from their parents, as both versions say.
 */
public final class WmsCapabilitiesReader {

    /**
     * @param body    the GetCapabilities answer
     * @param address where it came from, for error messages and as the GetMap URL of last resort
     * @return the capabilities
     * @throws MapServiceException when the answer is a ServiceException or not WMS capabilities
     */
    public WmsCapabilities read(byte[] body, URI address) throws MapServiceException {
        Document document = OgcXml.parse(body, address.toString(), "WMS");
        OgcXml.refuseServiceException(document);
        Element root = document.getDocumentElement();
        if (!"WMT_MS_Capabilities".equals(root.getLocalName()) && !"WMS_Capabilities".equals(root.getLocalName())) {
            throw new NotAMapServiceException(address.toString(), "WMS", OgcXml.describeRoot(root));
        }
        String version = root.getAttribute("version");
        Element service = OgcXml.first(root, "Service").orElse(root);
        Element capability = OgcXml.first(root, "Capability")
                .orElseThrow(() -> new NotAMapServiceException(address.toString(), "WMS", "capabilities without <Capability>"));
        List<String> formats = List.of();
        URI getMap = address;
        var request = OgcXml.first(capability, "Request").flatMap(r -> OgcXml.first(r, "GetMap"));
        if (request.isPresent()) {
            formats = OgcXml.childTexts(request.get(), "Format");
            getMap = getUrl(request.get()).orElse(address);
        }
        List<WmsLayer> layers = new ArrayList<>();
        for (Element top : OgcXml.children(capability, "Layer")) {
            collect(top, version, List.of(), List.of(), layers);
        }
        return new WmsCapabilities(version, OgcXml.childText(service, "Title"), getMap, formats, List.copyOf(layers));
    }

    private static java.util.Optional<URI> getUrl(Element operation) {
        return OgcXml.first(operation, "DCPType").flatMap(d -> OgcXml.first(d, "HTTP")).flatMap(h -> OgcXml.first(h, "Get"))
                .flatMap(g -> OgcXml.first(g, "OnlineResource"))
                .map(o -> o.getAttributeNS("http://www.w3.org/1999/xlink", "href"))
                .filter(href -> !href.isBlank())
                .map(href -> URI.create(href.strip()));
    }

    private void collect(Element layer, String version, List<String> parentCrs, List<WmsStyle> parentStyles,
                         List<WmsLayer> out) {
        Set<String> crs = new LinkedHashSet<>(parentCrs);
        for (String c : OgcXml.childTexts(layer, "1.1.1".equals(version) ? "SRS" : "CRS")) {
            // 1.1.1 servers sometimes list several SRS in one element, separated by spaces
            for (String one : c.split("\\s+")) {
                if (!one.isBlank()) {
                    crs.add(one);
                }
            }
        }
        List<WmsStyle> styles = new ArrayList<>(parentStyles);
        for (Element s : OgcXml.children(layer, "Style")) {
            styles.add(new WmsStyle(OgcXml.childText(s, "Name"), OgcXml.childText(s, "Title")));
        }
        String name = OgcXml.childText(layer, "Name");
        if (!name.isEmpty()) {
            out.add(new WmsLayer(name, OgcXml.childText(layer, "Title"), List.copyOf(crs), List.copyOf(styles),
                    geographic(layer), boxes(layer, version), "1".equals(layer.getAttribute("queryable"))));
        }
        for (Element child : OgcXml.children(layer, "Layer")) {
            collect(child, version, List.copyOf(crs), styles, out);
        }
    }

    private static BoundingBox geographic(Element layer) {
        var ex = OgcXml.first(layer, "EX_GeographicBoundingBox");
        if (ex.isPresent()) {
            Element e = ex.get();
            return new BoundingBox("CRS:84", OgcXml.number(OgcXml.childText(e, "westBoundLongitude")),
                    OgcXml.number(OgcXml.childText(e, "southBoundLatitude")),
                    OgcXml.number(OgcXml.childText(e, "eastBoundLongitude")),
                    OgcXml.number(OgcXml.childText(e, "northBoundLatitude")));
        }
        return OgcXml.first(layer, "LatLonBoundingBox").map(e -> new BoundingBox("CRS:84",
                OgcXml.number(e.getAttribute("minx")), OgcXml.number(e.getAttribute("miny")),
                OgcXml.number(e.getAttribute("maxx")), OgcXml.number(e.getAttribute("maxy")))).orElse(null);
    }

    private static List<BoundingBox> boxes(Element layer, String version) {
        List<BoundingBox> boxes = new ArrayList<>();
        for (Element b : OgcXml.children(layer, "BoundingBox")) {
            String crs = b.hasAttribute("CRS") ? b.getAttribute("CRS") : b.getAttribute("SRS");
            double minx = OgcXml.number(b.getAttribute("minx"));
            double miny = OgcXml.number(b.getAttribute("miny"));
            double maxx = OgcXml.number(b.getAttribute("maxx"));
            double maxy = OgcXml.number(b.getAttribute("maxy"));
            boxes.add(Crs.northFirst(crs, version)
                    ? new BoundingBox(crs, miny, minx, maxy, maxx)
                    : new BoundingBox(crs, minx, miny, maxx, maxy));
        }
        return List.copyOf(boxes);
    }
}
