package org.gridpatrol.geoserver.ogc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WmsCapabilitiesReaderTest {
    static final URI ADDRESS = URI.create("http://gis.bureau.local/geoserver/wms");

    static WmsCapabilities read(String xml) throws MapServiceException {
        return new WmsCapabilitiesReader().read(xml.getBytes(StandardCharsets.UTF_8), ADDRESS);
    }

    @Test
    void layersInheritCrsAndStylesAndGeographicBoxesAreReadEastFirstIn130() throws Exception {
        WmsCapabilities caps = read("""
                <WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <Service><Name>WMS</Name><Title>Bureau GeoServer</Title></Service>
                  <Capability>
                    <Request><GetMap><Format>image/png</Format><Format>image/jpeg</Format>
                      <DCPType><HTTP><Get><OnlineResource xlink:href="http://gis.bureau.local/geoserver/ows?SERVICE=WMS&amp;"/></Get></HTTP></DCPType>
                    </GetMap></Request>
                    <Layer>
                      <Title>root</Title>
                      <CRS>EPSG:4326</CRS><CRS>EPSG:3857</CRS>
                      <Style><Name>default</Name><Title>Default</Title></Style>
                      <Layer queryable="1">
                        <Name>bengbu:roads</Name><Title>Roads</Title>
                        <CRS>EPSG:4490</CRS>
                        <EX_GeographicBoundingBox><westBoundLongitude>117.1</westBoundLongitude><eastBoundLongitude>117.6</eastBoundLongitude>
                          <southBoundLatitude>32.7</southBoundLatitude><northBoundLatitude>33.1</northBoundLatitude></EX_GeographicBoundingBox>
                        <BoundingBox CRS="EPSG:4326" minx="32.7" miny="117.1" maxx="33.1" maxy="117.6"/>
                        <BoundingBox CRS="EPSG:3857" minx="13035000" miny="3855000" maxx="13090000" maxy="3908000"/>
                        <Style><Name>thin</Name><Title>Thin lines</Title></Style>
                      </Layer>
                    </Layer>
                  </Capability>
                </WMS_Capabilities>""");
        assertEquals("Bureau GeoServer", caps.title());
        assertEquals(URI.create("http://gis.bureau.local/geoserver/ows?SERVICE=WMS&"), caps.getMapUrl());
        assertEquals(1, caps.layers().size(), "the unnamed root is a group, not a layer");
        WmsLayer roads = caps.layer("bengbu:roads").orElseThrow();
        assertEquals(List.of("EPSG:4326", "EPSG:3857", "EPSG:4490"), roads.crs());
        assertEquals(List.of("default", "thin"), roads.styles().stream().map(WmsStyle::name).toList());
        assertTrue(roads.queryable());
        BoundingBox box = roads.box("EPSG:4326").orElseThrow();
        assertEquals(117.1, box.minX(), 1e-9);
        assertEquals(32.7, box.minY(), 1e-9);
        assertEquals(13035000, roads.box("EPSG:3857").orElseThrow().minX(), 1e-9);
        assertTrue(roads.geographic().contains(117.36, 32.93));
    }

    @Test
    void version111UsesSrsAndLonLatBoxes() throws Exception {
        WmsCapabilities caps = read("""
                <WMT_MS_Capabilities version="1.1.1"><Service><Title>Old</Title></Service><Capability>
                  <Layer><Name>grids</Name><Title>Grids</Title><SRS>EPSG:4326 EPSG:900913</SRS>
                    <LatLonBoundingBox minx="117.1" miny="32.7" maxx="117.6" maxy="33.1"/>
                    <BoundingBox SRS="EPSG:4326" minx="117.1" miny="32.7" maxx="117.6" maxy="33.1"/>
                  </Layer></Capability></WMT_MS_Capabilities>""");
        WmsLayer grids = caps.layer("grids").orElseThrow();
        assertTrue(grids.offers("EPSG:900913") && grids.offers("urn:ogc:def:crs:EPSG::4326"));
        assertEquals(117.1, grids.box("EPSG:4326").orElseThrow().minX(), 1e-9);
        assertEquals(117.1, grids.geographic().minX(), 1e-9);
    }

    @Test
    void aServiceExceptionReportIsTheServersRefusalWithItsCode() {
        ServiceExceptionAnswer e = assertThrows(ServiceExceptionAnswer.class, () -> read("""
                <ServiceExceptionReport version="1.3.0" xmlns="http://www.opengis.net/ogc">
                  <ServiceException code="InvalidCRS">msWMSLoadGetMapParams(): Invalid CRS given</ServiceException>
                </ServiceExceptionReport>"""));
        assertEquals("InvalidCRS", e.code());
        assertTrue(e.english().contains("Invalid CRS given") && e.chinese().contains("地图服务拒绝了请求"));
    }

    @Test
    void anHtmlPageIsNotAWms() {
        NotAMapServiceException e = assertThrows(NotAMapServiceException.class,
                () -> read("<!DOCTYPE html><html><body><h1>Welcome to nginx!</h1><br></body></html>"));
        assertTrue(e.english().contains("is not a WMS") && e.english().contains("HTML page"), e.english());
        assertTrue(e.chinese().contains("不是 WMS"));
    }

    @Test
    void externalEntitiesAreNeverRead() throws Exception {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE WMT_MS_Capabilities [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <WMT_MS_Capabilities version="1.1.1"><Service><Title>&secret;</Title></Service><Capability/></WMT_MS_Capabilities>""";
        try {
            WmsCapabilities caps = read(xml);
            assertFalse(caps.title().contains("root:"), "the entity must not be expanded from the file");
        } catch (NotAMapServiceException refused) {
            // refusing the document outright is as good
        }
    }

    @Test
    void getMapWritesLatitudeFirstOnlyForGeographicEpsgIn130() {
        BoundingBox wgs = new BoundingBox("EPSG:4326", 117.3, 32.9, 117.4, 33.0);
        URI base = URI.create("http://h/wms?map=demo");
        assertEquals("32.9,117.3,33,117.4", new GetMapRequest("1.3.0", "g", "", wgs, 256, 256, "image/png", false).bbox());
        assertEquals("117.3,32.9,117.4,33", new GetMapRequest("1.1.1", "g", "", wgs, 256, 256, "image/png", false).bbox());
        BoundingBox cgcs = new BoundingBox("EPSG:4490", 117.3, 32.9, 117.4, 33.0);
        assertEquals("32.9,117.3,33,117.4", new GetMapRequest("1.3.0", "g", "", cgcs, 256, 256, "image/png", false).bbox());
        BoundingBox crs84 = new BoundingBox("CRS:84", 117.3, 32.9, 117.4, 33.0);
        assertEquals("117.3,32.9,117.4,33", new GetMapRequest("1.3.0", "g", "", crs84, 256, 256, "image/png", false).bbox());
        String url = new GetMapRequest("1.3.0", "a,b", "", wgs, 256, 128, "image/png", true).toUri(base).toString();
        assertTrue(url.startsWith("http://h/wms?map=demo&SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=a,b&STYLES=&CRS=EPSG:4326"), url);
        assertTrue(new GetMapRequest("1.1.1", "a", "", wgs, 1, 1, "image/png", true).toUri(base).toString().contains("&SRS=EPSG:4326&"));
    }
}
