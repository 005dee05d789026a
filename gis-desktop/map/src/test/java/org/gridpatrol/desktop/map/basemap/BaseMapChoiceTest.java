package org.gridpatrol.desktop.map.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.gridpatrol.geoserver.ogc.WmsCapabilities;
import org.gridpatrol.geoserver.ogc.WmsCapabilitiesReader;
import org.gridpatrol.geoserver.ogc.WmtsCapabilities;
import org.gridpatrol.geoserver.ogc.WmtsCapabilitiesReader;
import org.junit.jupiter.api.Test;
import org.jxmapviewer.viewer.TileFactory;

class BaseMapChoiceTest {

    @Test
    void aWmsLayerIsKeptWithItsGetMapUrlVersionAndMercatorCrs() throws Exception {
        WmsCapabilities caps = new WmsCapabilitiesReader().read("""
                <WMS_Capabilities version="1.3.0" xmlns="http://www.opengis.net/wms" xmlns:xlink="http://www.w3.org/1999/xlink">
                  <Service><Title>t</Title></Service><Capability><Request><GetMap><Format>image/png</Format>
                  <DCPType><HTTP><Get><OnlineResource xlink:href="http://gis/geoserver/ows?SERVICE=WMS&amp;"/></Get></HTTP></DCPType>
                  </GetMap></Request><Layer><CRS>EPSG:4326</CRS><CRS>EPSG:900913</CRS><Layer><Name>city:base</Name></Layer></Layer>
                  </Capability></WMS_Capabilities>""".getBytes(StandardCharsets.UTF_8), URI.create("http://gis/geoserver/wms"));
        BaseMap map = BaseMapChoice.wms(caps, caps.layer("city:base").orElseThrow());
        assertEquals(new BaseMap(BaseMap.Kind.WMS, "http://gis/geoserver/ows?SERVICE=WMS&", "city:base;1.3.0;EPSG:900913;"), map);
        TileFactory tiles = TileFactories.create(map);
        String url = tiles.getInfo().getTileUrl(26_999, 13_190, 4);
        assertTrue(url.startsWith("http://gis/geoserver/ows?SERVICE=WMS&SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=city:base")
                && url.contains("&CRS=EPSG:900913&"), url);
    }

    @Test
    void aWmtsLayerInAWebMercatorSetBecomesATemplateTheMapStartsFrom() throws Exception {
        StringBuilder matrices = new StringBuilder();
        for (int z = 0; z <= 18; z++) {
            matrices.append("<TileMatrix><ows:Identifier>").append(z).append("</ows:Identifier><ScaleDenominator>")
                    .append(559082264.0287178 / (1L << z)).append("</ScaleDenominator><TopLeftCorner>-20037508.3427892 20037508.3427892")
                    .append("</TopLeftCorner><TileWidth>256</TileWidth><TileHeight>256</TileHeight><MatrixWidth>").append(1L << z)
                    .append("</MatrixWidth><MatrixHeight>").append(1L << z).append("</MatrixHeight></TileMatrix>");
        }
        WmtsCapabilities caps = new WmtsCapabilitiesReader().read(("""
                <Capabilities xmlns="http://www.opengis.net/wmts/1.0" xmlns:ows="http://www.opengis.net/ows/1.1" version="1.0.0">
                  <Contents><Layer><ows:Identifier>vec</ows:Identifier><Style isDefault="true"><ows:Identifier>default</ows:Identifier></Style>
                    <Format>tiles</Format><TileMatrixSetLink><TileMatrixSet>w</TileMatrixSet></TileMatrixSetLink>
                    <ResourceURL format="tiles" resourceType="tile" template="http://t0.city.local/vec_w/wmts?T={TileMatrix}&amp;X={TileCol}&amp;Y={TileRow}"/></Layer>
                  <TileMatrixSet><ows:Identifier>w</ows:Identifier><ows:SupportedCRS>urn:ogc:def:crs:EPSG::3857</ows:SupportedCRS>
                  """ + matrices + "</TileMatrixSet></Contents></Capabilities>").getBytes(StandardCharsets.UTF_8), URI.create("http://t0.city.local/vec_w/wmts"));
        BaseMap map = BaseMapChoice.wmts(caps, caps.layer("vec").orElseThrow()).orElseThrow();
        assertEquals(BaseMap.Kind.WMTS, map.kind());
        assertEquals(map, BaseMap.parse(map.format()));
        assertEquals("http://t0.city.local/vec_w/wmts?T=15&X=26999&Y=13190",
                TileFactories.create(map).getInfo().getTileUrl(26_999, 13_190, 4));
    }
}
